package main

import "fmt"

type T struct {
	a int
}

func (t *T) Get() int { return t.a }

func main() {
	p := &T{a: 1}
	fmt.Println(p.Set(2))
}
