package main

import "fmt"

func main() {
	x := 1
L:
	switch x {
	case 1:
		for {
			continue L
		}
	}
	fmt.Println(x)
}
