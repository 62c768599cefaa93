package main

import "fmt"

func main() {
	n := 5
	s := n.(string)
	fmt.Println(s)
}
