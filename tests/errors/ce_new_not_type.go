package main

import "fmt"

func main() {
	p := new(1)
	fmt.Println(p)
}
