// io.Copy, CopyN and CopyBuffer: which path they take (the source's
// WriteTo, the destination's ReadFrom, or a buffer), the size of the reads
// they make, and the errors of short and invalid writes.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A reader with nothing but Read, recording the size of each read.
type sizes struct {
	r     io.Reader
	calls []int
}

func (s *sizes) Read(p []byte) (int, error) {
	s.calls = append(s.calls, len(p))
	return s.r.Read(p)
}

// A writer with nothing but Write.
type plain struct{ buf bytes.Buffer }

func (w *plain) Write(p []byte) (int, error) { return w.buf.Write(p) }

// A writer that accepts at most max bytes a call, or claims odd counts.
type short struct {
	max int
	lie int
}

func (w *short) Write(p []byte) (int, error) {
	if w.lie != 0 {
		return w.lie, nil
	}
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

// A source that knows how to write itself.
type selfWriter struct{}

func (selfWriter) Read(p []byte) (int, error) { panic("Read called") }
func (selfWriter) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "via WriteTo")
	return int64(n), err
}

// A destination that knows how to read for itself.
type selfReader struct{ got string }

func (s *selfReader) Write(p []byte) (int, error) { panic("Write called") }
func (s *selfReader) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	s.got = "via ReadFrom: " + string(b)
	return int64(len(b)), err
}

func main() {
	src := &sizes{r: strings.NewReader(strings.Repeat("x", 40000))}
	dst := &plain{}
	n, err := io.Copy(dst, src)
	fmt.Println(n, err, src.calls, dst.buf.Len())

	var w plain
	n, err = io.Copy(&w, selfWriter{})
	fmt.Println(n, err, w.buf.String())

	sr := &selfReader{}
	n, err = io.Copy(sr, &sizes{r: strings.NewReader("abc")})
	fmt.Println(n, err, sr.got)

	lim := &sizes{r: strings.NewReader("0123456789")}
	n, err = io.CopyN(&plain{}, lim, 4)
	fmt.Println(n, err, lim.calls)
	n, err = io.CopyN(&plain{}, &sizes{r: strings.NewReader("ab")}, 5)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.Copy(&plain{}, io.LimitReader(&sizes{r: strings.NewReader("abc")}, 0))
	fmt.Println(n, err)

	bsrc := &sizes{r: strings.NewReader("hello, world")}
	n, err = io.CopyBuffer(&plain{}, bsrc, make([]byte, 5))
	fmt.Println(n, err, bsrc.calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&plain{}, &sizes{r: strings.NewReader("a")}, []byte{})
	}()

	n, err = io.Copy(&short{max: 3}, &sizes{r: strings.NewReader("abcdef")})
	fmt.Println(n, err, err == io.ErrShortWrite)
	n, err = io.Copy(&short{lie: -1}, &sizes{r: strings.NewReader("abc")})
	fmt.Println(n, err)
	n, err = io.Copy(&short{lie: 10}, &sizes{r: strings.NewReader("abc")})
	fmt.Println(n, err)
	n, err = io.Copy(failing{}, &sizes{r: strings.NewReader("abc")})
	fmt.Println(n, err)
}

// Output:
// 40000 <nil> [32768 32768 32768] 40000
// 11 <nil> via WriteTo
// 3 <nil> via ReadFrom: abc
// 4 <nil> [4]
// 2 EOF true
// 0 <nil>
// 12 <nil> [5 5 5 5]
// recovered: empty buffer in CopyBuffer
// 3 short write true
// 0 invalid write result
// 0 invalid write result
// 1 disk full
