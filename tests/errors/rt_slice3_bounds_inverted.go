package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	j, k := 3, 2
	fmt.Println(s[0:j:k])
}
