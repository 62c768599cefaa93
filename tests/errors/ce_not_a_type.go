package main

import "fmt"

func main() {
	x := 1
	var y x
	fmt.Println(y)
}
