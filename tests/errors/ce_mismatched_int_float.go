package main

import "fmt"

func main() {
	a := 1
	b := 2.5
	fmt.Println(a * b)
}
