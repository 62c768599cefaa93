package main

import "fmt"

var a = b + 1
var b = c + 1
var c = a + 1

func main() {
	fmt.Println(a, b, c)
}
