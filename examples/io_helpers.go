package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct {
	w     io.Writer
	calls int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.calls++
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r     io.Reader
	bytes int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	return n, err
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

func main() {
	cr := &countingReader{r: strings.NewReader("hello, reader world\n")}
	uw := &upperWriter{w: os.Stdout}
	n, err := io.Copy(uw, cr)
	fmt.Println(n, err, cr.bytes)

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	fmt.Fprintf(mw, "x=%d", 42)
	fmt.Println(a.String(), b.String())

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &log)
	all, _ := io.ReadAll(tr)
	fmt.Println(string(all), "|", log.String())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	data, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", data, err)

	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	lim, _ := io.ReadAll(lr)
	fmt.Println(string(lim))

	var out strings.Builder
	c, err := io.CopyN(&out, strings.NewReader("short"), 10)
	fmt.Println(c, err, out.String())

	_, err = io.Copy(&failWriter{1}, io.MultiReader(strings.NewReader("a"), strings.NewReader("b")))
	fmt.Println("copy error:", err)

	nd, _ := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(nd)
	io.WriteString(os.Stdout, "via WriteString\n")

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())

	var rs io.ReadSeeker = strings.NewReader("seekable")
	pos, _ := rs.Seek(-4, io.SeekEnd)
	rest, _ := io.ReadAll(rs)
	fmt.Println(pos, string(rest))

	sc := bufio.NewScanner(strings.NewReader("l1\nl2\r\nl3"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(uw.calls > 0)
	var w io.Writer = &out
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("!")
	}
	fmt.Println(out.String())
}

// Output:
// HELLO, READER WORLD
// 20 <nil> 20
// x=42 x=42
// tee data | tee data
// "one two" <nil>
// 2 unexpected EOF true
// 0 true
// 4 <nil> abcd
// 0123
// 5 EOF short
// copy error: disk full
// 9
// via WriteString
// <nil>
// 4 able
// "l1" "l2" "l3" true
// short!
