package main

import (
	"fmt"
	"io"
)

// Duplicate interface methods as types2 finds them: explicit ones first,
// then the embedded ones, which may repeat a method with the same
// signature (Go 1.14) but not with another.
type A interface {
	M() int
	M() string
}

type B interface {
	io.Reader
	Read(p []byte) (int, error)
	Close() error
}

type C interface {
	fmt.Stringer
	String() int
}

type D interface {
	io.ReadCloser
	io.ReadWriter
	fmt.Stringer
	BoolStringer
}

type BoolStringer interface{ String() bool }

func main() {
	var a A
	var b B
	var c C
	var d D
	fmt.Println(a, b, c, d)
}
