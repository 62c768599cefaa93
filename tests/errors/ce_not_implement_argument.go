package main

import "fmt"

type Namer interface {
	Name() string
}

type Dog struct{}

func (d Dog) name() string { return "dog" }

func greet(n Namer) { fmt.Println("hello", n.Name()) }

func main() {
	greet(Dog{})
}
