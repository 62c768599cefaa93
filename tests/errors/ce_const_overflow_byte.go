package main

import "fmt"

func main() {
	b := byte(256)
	fmt.Println(b)
}
