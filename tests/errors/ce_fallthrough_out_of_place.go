package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fallthrough
	}
	fmt.Println(x)
}
