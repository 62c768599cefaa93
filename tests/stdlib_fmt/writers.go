// Fprint, Fprintln and Fprintf to io.Writers: strings.Builder, bytes.Buffer, custom writers, failing writers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type countWriter struct {
	calls int
	data  []byte
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.calls++
	w.data = append(w.data, p...)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 2, errors.New("disk full") }

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d|%s|%v", 1, "two", 3.0)
	fmt.Println(n, err, sb.String())
	var bb bytes.Buffer
	fmt.Fprint(&bb, "a", 1, 2, "b")
	fmt.Fprintln(&bb, "x", 3)
	fmt.Printf("%q\n", bb.String())
	cw := &countWriter{}
	fmt.Fprintf(cw, "%s %s %s", "one", "two", "three")
	fmt.Fprintln(cw)
	fmt.Fprint(cw)
	fmt.Println(cw.calls, string(cw.data))
	n, err = fmt.Fprintf(failWriter{}, "hello %d", 5)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(failWriter{})
	fmt.Println(n, err)
	fmt.Fprintf(upper{os.Stdout}, "shout %s %d\n", "this", 1)
	fmt.Fprintln(upper{&sb}, "more")
	fmt.Printf("%q\n", sb.String())
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "via interface")
	n, err = fmt.Fprint(os.Stdout, "")
	fmt.Println(n, err)
	n, err = io.WriteString(os.Stdout, fmt.Sprintln("Sprintln", []string{"a"}))
	fmt.Println(n, err)
}

// Output:
// 7 <nil> 1|two|3
// "a1 2bx 3\n"
// 3 one two three
//
// 2 disk full
// 2 disk full
// SHOUT THIS 1
// "1|two|3MORE\n"
// via interface
// 0 <nil>
// Sprintln [a]
// 13 <nil>
