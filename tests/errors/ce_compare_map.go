package main

import "fmt"

func main() {
	a := map[string]int{}
	b := map[string]int{}
	fmt.Println(a == b)
}
