// Package fmt: the formatting engine is native (stdlib/fmt.cpp); the
// printing functions are written in Go over it.
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

func Sprint(a ...interface{}) string

func Sprintln(a ...interface{}) string

func Sprintf(format string, a ...interface{}) string

// errorf formats like Sprintf and reports which operand %w named (-1 if
// none, or if %w was misused).
func errorf(format string, a ...interface{}) (string, int)

func Print(a ...interface{}) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

func Println(a ...interface{}) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

func Printf(format string, a ...interface{}) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...interface{}) error {
	s, w := errorf(format, a...)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}
