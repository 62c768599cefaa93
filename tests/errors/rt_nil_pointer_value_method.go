package main

import "fmt"

type T struct {
	A int
}

func (t T) Get() int {
	return t.A
}

func main() {
	var p *T
	fmt.Println(p.Get())
}
