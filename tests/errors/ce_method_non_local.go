package main

import "fmt"

func (n int) Double() int { return n * 2 }

func main() {
	fmt.Println(3)
}
