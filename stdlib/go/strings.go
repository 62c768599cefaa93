// Package strings: the searching, splitting and case-mapping functions and
// Builder's methods are native (stdlib/strings.cpp); those that call back a
// function argument, Reader and Replacer are written in Go.
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

func Clone(s string) string

func Compare(a, b string) int

func Contains(s, substr string) bool

func ContainsAny(s, chars string) bool

func ContainsRune(s string, r rune) bool

func Count(s, substr string) int

func Cut(s, sep string) (before, after string, found bool)

func EqualFold(s, t string) bool

func Fields(s string) []string

func HasPrefix(s, prefix string) bool

func HasSuffix(s, suffix string) bool

func Index(s, substr string) int

func IndexAny(s, chars string) int

func IndexByte(s string, c byte) int

func IndexRune(s string, r rune) int

func Join(elems []string, sep string) string

func LastIndex(s, substr string) int

func LastIndexAny(s, chars string) int

func LastIndexByte(s string, c byte) int

func Repeat(s string, count int) string

func Replace(s, old, new string, n int) string

func ReplaceAll(s, old, new string) string

func Split(s, sep string) []string

func SplitAfter(s, sep string) []string

func SplitAfterN(s, sep string, n int) []string

func SplitN(s, sep string, n int) []string

func Title(s string) string

func ToLower(s string) string

func ToTitle(s string) string

func ToUpper(s string) string

func ToValidUTF8(s, replacement string) string

func Trim(s, cutset string) string

func TrimLeft(s, cutset string) string

func TrimPrefix(s, prefix string) string

func TrimRight(s, cutset string) string

func TrimSpace(s string) string

func TrimSuffix(s, suffix string) string

// ---- Functions of a function ----

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// lastIndexFunc is the start of the last rune r, decoding backwards, for
// which f(r) == want, or -1.
func lastIndexFunc(s string, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		end -= n
		if f(r) == want {
			return end
		}
	}
	return -1
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return s[:0]
	}
	// The kept rune's width is measured forwards, as Go does.
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[:i+n]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	// Field bounds first, so that the result's capacity is its length.
	var bounds []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([]string, len(bounds)/2)
	for k := range fields {
		fields[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return fields
}

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	b.Grow(len(s))
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ---- Builder ----

// A Builder appends to a byte slice that String returns without copying:
// bytes once written are never changed.
type Builder struct {
	addr *Builder // the Builder itself, to detect copies by value
	buf  []byte
}

func (b *Builder) String() string

func (b *Builder) Len() int

func (b *Builder) Cap() int

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

func (b *Builder) Grow(n int)

func (b *Builder) Write(p []byte) (int, error)

func (b *Builder) WriteByte(c byte) error

func (b *Builder) WriteRune(r rune) (int, error)

func (b *Builder) WriteString(s string) (int, error)

// ---- Reader ----

type Reader struct {
	s        string
	i        int64 // the read offset
	prevRune int   // the start of the rune ReadRune read last, or -1
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var pos int64
	switch whence {
	case io.SeekStart:
		pos = offset
	case io.SeekCurrent:
		pos = r.i + offset
	case io.SeekEnd:
		pos = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}

// ---- Replacer ----

// A Replacer holds its old/new pairs; replacing is native: at each
// position the earliest pair whose old string matches wins.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func replace(oldnew []string, s string) string

func (r *Replacer) Replace(s string) string { return replace(r.oldnew, s) }

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, replace(r.oldnew, s))
}
