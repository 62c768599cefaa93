package main

import "fmt"

// A deferred call re-panics while a nil dereference is panicking: Go prints
// the signal line once, after the whole chain.
func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("again: %v", r))
	}()
	var p *struct{ x int }
	fmt.Println(p.x)
}
