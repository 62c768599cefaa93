package main

import (
	"fmt"
	"io"
)

type File struct{}

type Closer interface{ Close() error }

func main() {
	// io.Reader's method set first, under other names: the literals below
	// are shown as written all the same.
	var x io.Reader
	fmt.Println(x)
	var r interface{ Read(buf []byte) (int, error) } = File{}
	var s interface {
		Write(data []byte) (n int, err error)
		Closer
	} = File{}
	var t interface {
		io.Reader
		B(x int)
		A(s []byte) (n int)
	} = 3
	fmt.Println(r, s, t)
}
