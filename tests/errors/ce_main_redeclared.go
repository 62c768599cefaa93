package main

import "fmt"

func main() {
	fmt.Println("one")
}

func main() {
	fmt.Println("two")
}
