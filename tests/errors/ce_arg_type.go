package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	s := "4"
	fmt.Println(double(s))
}
