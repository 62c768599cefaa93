// Package bytes: the searching, splitting and case-mapping functions are
// native (stdlib/strings.cpp, shared with package strings), as are
// Buffer's writes and growth (stdlib/bytes.cpp); the rest is Go.
package bytes

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

func Compare(a, b []byte) int

func Contains(b, subslice []byte) bool

func ContainsAny(b []byte, chars string) bool

func ContainsRune(b []byte, r rune) bool

func Count(s, sep []byte) int

func Cut(s, sep []byte) (before, after []byte, found bool)

func Equal(a, b []byte) bool

func EqualFold(s, t []byte) bool

func Fields(s []byte) [][]byte

func HasPrefix(s, prefix []byte) bool

func HasSuffix(s, suffix []byte) bool

func Index(s, sep []byte) int

func IndexAny(s []byte, chars string) int

func IndexByte(b []byte, c byte) int

func IndexRune(s []byte, r rune) int

func Join(s [][]byte, sep []byte) []byte

func LastIndex(s, sep []byte) int

func LastIndexAny(s []byte, chars string) int

func LastIndexByte(s []byte, c byte) int

func Repeat(b []byte, count int) []byte

func Replace(s, old, new []byte, n int) []byte

func ReplaceAll(s, old, new []byte) []byte

func Runes(s []byte) []rune

func Split(s, sep []byte) [][]byte

func SplitAfter(s, sep []byte) [][]byte

func SplitAfterN(s, sep []byte, n int) [][]byte

func SplitN(s, sep []byte, n int) [][]byte

func Title(s []byte) []byte

func ToLower(s []byte) []byte

func ToTitle(s []byte) []byte

func ToUpper(s []byte) []byte

func ToValidUTF8(s, replacement []byte) []byte

func Trim(s []byte, cutset string) []byte

func TrimLeft(s []byte, cutset string) []byte

func TrimPrefix(s, prefix []byte) []byte

func TrimRight(s []byte, cutset string) []byte

func TrimSpace(s []byte) []byte

func TrimSuffix(s, suffix []byte) []byte

// ---- Functions of a function ----

// decode is the rune at s[i] and its width.
func decode(s []byte, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s[i:])
}

func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if f(r) == want {
			return i
		}
		i += n
	}
	return -1
}

func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func lastIndexFunc(s []byte, f func(r rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRune(s[:end])
		end -= n
		if f(r) == want {
			return end
		}
	}
	return -1
}

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return s[:0]
	}
	// The kept rune's width is measured forwards, as Go does.
	_, n := decode(s, i)
	return s[:i+n]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	// Field bounds first, so that the result's capacity is its length.
	var bounds []int
	start := -1
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		lo, hi := bounds[2*k], bounds[2*k+1]
		fields[k] = s[lo:hi:hi]
	}
	return fields
}

// Map's buffer starts at len(s) bytes and grows to twice plus UTFMax when
// a rune does not fit (its capacity is visible to the caller).
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, len(s))
	n := 0
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		i += w
		r = mapping(r)
		if r < 0 {
			continue
		}
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 3 // RuneError's encoding
		}
		if n+size > len(out) {
			bigger := make([]byte, 2*len(out)+utf8.UTFMax)
			copy(bigger, out[:n])
			out = bigger
		}
		n += utf8.EncodeRune(out[n:], r)
	}
	return out[:n]
}

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ---- Buffer ----

// A Buffer holds the bytes buf[off:]; reads advance off, writes append.
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp // what Unread* may undo
}

// readOp: opInvalid, opRead (a byte read), or the width of the rune
// ReadRune read.
type readOp int8

const (
	opRead    readOp = -1
	opInvalid readOp = 0
)

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer {
	// Go's []byte(s) has the capacity of the allocation's size class here
	// (append's), and is never nil.
	if s == "" {
		return &Buffer{buf: []byte{}}
	}
	return &Buffer{buf: append([]byte(nil), s...)}
}

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// grow makes room for n more bytes, extending buf by n; it returns where
// they start.
func (b *Buffer) grow(n int) int

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n) // before reading b.buf, which it changes
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error)

func (b *Buffer) WriteString(s string) (n int, err error)

func (b *Buffer) WriteByte(c byte) error

func (b *Buffer) WriteRune(r rune) (n int, err error)

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		m, e := r.Read(b.buf[at:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if size := b.Len(); size > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != size {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = decode(b.buf, b.off)
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice returns the bytes up to and including delim (all of them and
// io.EOF if there is none), in place.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	return append([]byte(nil), s...), err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.readSlice(delim)
	return string(s), err
}

// ---- Reader ----

type Reader struct {
	s        []byte
	i        int64 // the read offset
	prevRune int   // the start of the rune ReadRune read last, or -1
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

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
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
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
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
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
	ch, size = decode(r.s, int(r.i))
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
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
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
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
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
