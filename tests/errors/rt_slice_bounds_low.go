package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 4
	fmt.Println(s[i:])
}
