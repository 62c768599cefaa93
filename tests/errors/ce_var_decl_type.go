package main

import "fmt"

func main() {
	var s string = 42
	fmt.Println(s)
}
