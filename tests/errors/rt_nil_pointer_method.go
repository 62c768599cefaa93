package main

import "fmt"

type T struct {
	A int
	B int
}

func (t *T) Sum() int {
	return t.A + t.B
}

func main() {
	var p *T
	fmt.Println(p.Sum())
}
