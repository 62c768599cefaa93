// interface_embedded.go: interfaces embedding interfaces, implicit satisfaction, and value vs pointer method sets.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ text string }

func (u Upper) Read() string { return strings.ToUpper(u.text) }

func drain(r Reader) []string {
	var out []string
	for s := r.Read(); s != ""; s = r.Read() {
		out = append(out, s)
	}
	return out
}

func main() {
	var rw ReadWriter = &Buffer{}
	fmt.Println(rw.Write("alpha"), rw.Write("beta"))
	var r Reader = rw // ReadWriter converts to its embedded Reader
	fmt.Println(r.Read())
	w := rw.(Writer)
	w.Write("gamma")
	fmt.Println(drain(rw))

	// Upper (value) has Read in its method set; so does *Upper.
	var r1 Reader = Upper{"hi"}
	var r2 Reader = &Upper{"there"}
	fmt.Println(r1.Read(), r2.Read())

	// A type assertion to a wider interface can fail.
	_, ok := r1.(ReadWriter)
	fmt.Println("Upper is ReadWriter:", ok)
	_, ok = r.(ReadWriter)
	fmt.Println("*Buffer is ReadWriter:", ok)

	// Interface holding a value: method set check at compile time via blank var.
	var _ ReadWriter = (*Buffer)(nil)
	fmt.Printf("%T %T\n", r1, r2)
}

// Output:
// 5 4
// alpha
// [beta gamma]
// HI THERE
// Upper is ReadWriter: false
// *Buffer is ReadWriter: true
// main.Upper *main.Upper
