package main

import "fmt"

func main() {
	s := make([]int)
	fmt.Println(s)
}
