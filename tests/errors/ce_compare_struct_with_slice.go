package main

import "fmt"

type T struct {
	s []int
}

func main() {
	fmt.Println(T{} == T{})
}
