package main

import "fmt"

type T struct {
	Name string
}

func main() {
	x := T{Name: "x"}
	fmt.Println(x.name)
}
