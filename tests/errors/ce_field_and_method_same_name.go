package main

import "fmt"

type T struct {
	Size int
}

func (t T) Size() int { return 1 }

func main() {
	fmt.Println(T{})
}
