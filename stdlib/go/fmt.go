// Package fmt: the formatting and scanning engines are native
// (stdlib/fmt.cpp, stdlib/fmt_scan.cpp) and follow Go's print.go, format.go
// and scan.go rule for rule; what must call a user's io.Writer is written
// here in Go.
package fmt

import (
	"errors"
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ---- Printing ----------------------------------------------------------------

func Sprint(a ...any) string

func Sprintln(a ...any) string

func Sprintf(format string, a ...any) string

func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Print, Println and Printf write to os.Stdout (natively).
func Print(a ...any) (n int, err error)

func Println(a ...any) (n int, err error)

func Printf(format string, a ...any) (n int, err error)

// fprint formats a (with format if mode is 2; mode 0 is Fprint, 1
// Fprintln). If w is an *os.File the text is written at once (done);
// otherwise it is returned for w.Write.
func fprint(w io.Writer, mode int, format string, a []interface{}) (b []byte, n int, done bool)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	b, n, done := fprint(w, 0, "", a)
	if done {
		return n, nil
	}
	return w.Write(b)
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	b, n, done := fprint(w, 1, "", a)
	if done {
		return n, nil
	}
	return w.Write(b)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	b, n, done := fprint(w, 2, format, a)
	if done {
		return n, nil
	}
	return w.Write(b)
}

// errorf formats like Sprintf with %w allowed and reports which operand
// %w wrapped (-1 if none, or if %w was misused).
func errorf(format string, a []interface{}) (string, int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// pp is the State passed to Format methods: a handle on the native
// printer running them (0 once Format has returned).
type pp struct {
	p uintptr
}

func (p *pp) Write(b []byte) (n int, err error)

func (p *pp) WriteString(s string) (n int, err error)

func (p *pp) Width() (wid int, ok bool)

func (p *pp) Precision() (prec int, ok bool)

func (p *pp) Flag(c int) bool

// ---- Scanning ----------------------------------------------------------------

func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Sscan(str string, a ...any) (n int, err error)

func Sscanln(str string, a ...any) (n int, err error)

func Sscanf(str string, format string, a ...any) (n int, err error)

func Fscan(r io.Reader, a ...any) (n int, err error)

func Fscanln(r io.Reader, a ...any) (n int, err error)

func Fscanf(r io.Reader, format string, a ...any) (n int, err error)

// ss is the ScanState passed to Scan methods: a handle on the native
// scanner running them (0 once Scan has returned).
type ss struct {
	s uintptr
}

func (s *ss) ReadRune() (r rune, size int, err error)

func (s *ss) UnreadRune() error

func (s *ss) SkipSpace()

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error)

func (s *ss) Width() (wid int, ok bool)

func (s *ss) Read(buf []byte) (n int, err error)

// scanError carries a scanning error through a Scan method as a panic,
// as Go's does.
type scanError struct {
	err error
}
