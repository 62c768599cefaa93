package main

import "fmt"

type I interface {
	M()
}

type T struct{}

func (T) N() {}

func main() {
	var v interface{} = T{}
	i := v.(I)
	fmt.Println(i)
}
