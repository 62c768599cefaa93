package main

import "fmt"

func main() {
	f := func() { fmt.Println("go") }
	go f
}
