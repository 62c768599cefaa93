package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []string{"x", "y"}
	n := copy(a, b)
	fmt.Println(n)
}
