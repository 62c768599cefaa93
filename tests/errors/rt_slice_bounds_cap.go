package main

import "fmt"

func main() {
	s := make([]int, 2, 10)
	fmt.Println(s[:8])
	j := 20
	fmt.Println(s[:j])
}
