package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := 20
	fmt.Println(s[0:1:k])
}
