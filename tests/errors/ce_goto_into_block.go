package main

import "fmt"

func main() {
	n := 0
	goto inside
	if n > 0 {
	inside:
		fmt.Println("inside")
	}
}
