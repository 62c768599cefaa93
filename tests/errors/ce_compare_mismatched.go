package main

import "fmt"

func main() {
	n := 1
	s := "1"
	if n == s {
		fmt.Println("equal")
	}
}
