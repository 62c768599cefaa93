package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before")
	fmt.Println(s[5])
}
