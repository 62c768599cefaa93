package main

import "fmt"

// Identical to io.Reader but for the result names: messages show it as
// declared here.
type Reader interface {
	Read(p []byte) (int, error)
}

type File struct{}

func (f File) Read(p []byte) int { return 0 }

type B []byte
type R [4]rune

func main() {
	var r Reader = File{}
	var s []string
	var nb B
	var rs R
	copy(s, "abc")
	copy(rs[:], nb)
	var x string = nb[0]
	var y string = rs[1]
	fmt.Println(r, x, y)
}
