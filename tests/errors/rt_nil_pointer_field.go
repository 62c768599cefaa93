package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	var p *T
	fmt.Println("reading")
	fmt.Println(p.B)
}
