package main

import "fmt"

func main() {
	var n int
	n = "seven"
	fmt.Println(n)
}
