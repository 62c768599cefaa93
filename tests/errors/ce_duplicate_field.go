package main

import "fmt"

type T struct {
	a int
	b string
	a float64
}

func main() {
	fmt.Println(T{})
}
