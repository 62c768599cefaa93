package main

import "fmt"

func main() {
L:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 2; j++ {
		break L
	}
}
