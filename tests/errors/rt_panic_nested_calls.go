package main

import "fmt"

func level3(n int) int {
	if n > 2 {
		panic(fmt.Sprintf("too deep: %d", n))
	}
	return n
}

func level2(n int) int {
	return level3(n+1) + 1
}

func level1(n int) int {
	return level2(n+1) + 1
}

func main() {
	fmt.Println(level1(0))
	fmt.Println(level1(1))
}
