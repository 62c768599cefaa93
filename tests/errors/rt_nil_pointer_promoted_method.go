package main

import "fmt"

// A value method promoted from an embedded struct, called through an
// interface holding a nil pointer to the outer struct.
type Inner struct{ n int }

func (in Inner) F() { fmt.Println("F", in.n) }

type Outer struct {
	x int
	Inner
}

type I interface{ F() }

func main() {
	var p *Outer
	var i I = p
	i.F()
}
