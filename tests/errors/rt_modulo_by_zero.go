package main

import "fmt"

func main() {
	a, b := 7, 0
	fmt.Println(a % b)
}
