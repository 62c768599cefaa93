package main

import "fmt"

const max byte = 255

func main() {
	fmt.Println(max + 1)
}
