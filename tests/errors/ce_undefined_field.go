package main

import "fmt"

type T struct {
	a int
}

func main() {
	var x T
	fmt.Println(x.foo)
}
