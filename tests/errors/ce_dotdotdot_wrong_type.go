package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	s := []string{"1", "2"}
	fmt.Println(sum(s...))
}
