// bufio.Writer: when the underlying Write is called and with what (small
// writes buffered, large ones passed through, WriteString to a
// StringWriter), Flush, Available, Buffered, WriteByte, WriteRune with tiny
// buffers, sticky errors and short writes, Reset, ReadFrom.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type logw struct{ calls []string }

func (w *logw) Write(p []byte) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("W%q", p))
	return len(p), nil
}

type logsw struct{ logw }

func (w *logsw) WriteString(s string) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("S%q", s))
	return len(s), nil
}

// failing accepts limit bytes in all, then fails.
type failing struct{ limit int }

func (w *failing) Write(p []byte) (int, error) {
	if len(p) <= w.limit {
		w.limit -= len(p)
		return len(p), nil
	}
	n := w.limit
	w.limit = 0
	return n, errors.New("disk full")
}

// short claims less than it was given.
type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	lw := &logw{}
	w := bufio.NewWriterSize(lw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.Write([]byte("defgh"))
	fmt.Println(w.Available(), w.Buffered(), lw.calls)
	w.WriteString("ijklmnopqrstuvwxyz")
	w.Write([]byte("0123456789ABCDEF"))
	w.WriteByte('!')
	n, err := w.WriteRune('世')
	fmt.Println(n, err)
	w.WriteRune('x')
	fmt.Println(w.Buffered(), lw.calls)
	fmt.Println(w.Flush(), w.Flush(), lw.calls)

	sw := &logsw{}
	w = bufio.NewWriterSize(sw, 4)
	w.WriteString("ab")
	w.WriteString("cdefghij")
	w.WriteString("klmnopqrstu")
	w.Flush()
	fmt.Println(sw.calls)

	// Runes into a buffer smaller than UTFMax.
	lw = &logw{}
	w = bufio.NewWriterSize(lw, 2)
	fmt.Println(w.Size())
	w = bufio.NewWriterSize(lw, -1)
	fmt.Println(w.Size())
	tiny := bufio.NewWriterSize(lw, 1)
	tiny.WriteRune('é')
	tiny.WriteRune('😀')
	tiny.Flush()
	fmt.Println(lw.calls)

	f := &failing{limit: 5}
	w = bufio.NewWriterSize(f, 4)
	n, err = w.WriteString("abcdefghij")
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.WriteByte('x'), w.Flush())
	n, err = w.WriteRune('y')
	fmt.Println(n, err)
	w.Reset(os.Stdout)
	fmt.Println(w.Buffered(), w.Available())
	w.WriteString("to stdout after Reset\n")
	w.Flush()

	w = bufio.NewWriter(short{})
	w.WriteString("hello")
	err = w.Flush()
	fmt.Println(err, err == io.ErrShortWrite, w.Buffered())

	lw = &logw{}
	w = bufio.NewWriterSize(lw, 8)
	m, err := w.ReadFrom(strings.NewReader("read from a strings.Reader"))
	fmt.Println(m, err, w.Buffered(), lw.calls)
	w.Flush()
	fmt.Println(lw.calls)
	fmt.Println(bufio.NewWriterSize(w, 4) == w, bufio.NewWriterSize(w, 16) == w)
	fmt.Println(len(w.AvailableBuffer()), cap(w.AvailableBuffer()))

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(out, "line %d\n", i)
	}
}

// Output:
// 8 8 0
// 0 8 []
// 3 <nil>
// 5 [W"abcdefgh" W"ijklmnop" W"qrstuvwx" W"yz012345" W"6789ABCDEF"]
// <nil> <nil> [W"abcdefgh" W"ijklmnop" W"qrstuvwx" W"yz012345" W"6789ABCDEF" W"!世x"]
// [W"abcd" S"efghij" S"klmnopqrstu"]
// 2
// 4096
// [W"\xc3" W"\xa9" W"\xf0" W"\x9f" W"\x98" W"\x80"]
// 8 disk full 3
// disk full disk full
// 0 disk full
// 0 4
// to stdout after Reset
// short write true 3
// 26 <nil> 2 [W"read fro" W"m a stri" W"ngs.Read"]
// [W"read fro" W"m a stri" W"ngs.Read" W"er"]
// true false
// 0 8
// line 0
// line 1
// line 2
