package main

import "fmt"

func main() {
	x := 1
	n := -2
	fmt.Println(x << n)
}
