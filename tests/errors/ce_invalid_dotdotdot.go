package main

import "fmt"

func sum(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	fmt.Println(sum(s...))
}
