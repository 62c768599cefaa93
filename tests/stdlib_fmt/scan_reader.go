// Fscan from io.Readers: strings.Reader (a RuneScanner), a plain Reader, a failing one.
package main

import (
	"fmt"
	"io"
	"strings"
)

// byteReader reads one byte per call and is not a RuneScanner.
type byteReader struct {
	s     string
	calls int
}

func (r *byteReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s[:1])
	r.s = r.s[1:]
	return n, nil
}

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, fmt.Errorf("read failed") }

func main() {
	sr := strings.NewReader("1 2 three 4.5\nnext")
	var a, b int
	var s string
	var f float64
	n, err := fmt.Fscan(sr, &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f, sr.Len())
	n, err = fmt.Fscan(sr, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Fscan(sr, &s)
	fmt.Println(n, err)

	br := &byteReader{s: "10 20 x"}
	n, err = fmt.Fscan(br, &a, &b)
	fmt.Println(n, err, a, b, br.s, br.calls)
	n, err = fmt.Fscan(br, &s)
	fmt.Printf("%d %v %s %q\n", n, err, s, br.s)

	n, err = fmt.Fscan(errReader{}, &a)
	fmt.Println(n, err)

	n, err = fmt.Fscanf(strings.NewReader("7:8"), "%d:%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanln(strings.NewReader("1 2\n"), &a, &b)
	fmt.Println(n, err, a, b)
}

// Output:
// 4 <nil> 1 2 three 4.5 5
// 1 <nil> next
// 0 EOF
// 2 <nil> 10 20 x 6
// 1 <nil> x ""
// 0 read failed
// 2 <nil> 7 8
// 2 <nil> 1 2
