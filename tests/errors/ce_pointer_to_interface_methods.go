package main
// A pointer to an interface has no methods: not selectable, and it
// implements no interface with methods (gc says why).

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	p := &i
	var _ I = p
	var s fmt.Stringer
	ps := &s
	fmt.Println(ps.String(), (*p).M)
	type PI *I
	var q PI = p
	q.M()
}
