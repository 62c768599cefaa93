package main

import "fmt"

// A value method called through an interface holding a nil pointer: Go's
// wrapper reports it by name (runtime.panicwrap).
type T int

func (t T) F() { fmt.Println("F", t) }

type I interface{ F() }

var (
	t *T
	i I = t
)

func main() {
	i.F()
}
