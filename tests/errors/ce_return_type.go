package main

import "fmt"

func name() string {
	n := 3
	return n
}

func main() {
	fmt.Println(name())
}
