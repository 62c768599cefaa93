package main

import "fmt"

// A method named like a field is reported, but still declared: a.Name
// selects it (methods are looked up first), and Animal has it for
// interfaces.
type Animal struct{ Name string }

func (a Animal) Name() string { return a.Name }

func main() {
	var n interface{ Name() string } = Animal{}
	var s string = Animal{}.Name
	fmt.Println(n, s)
}
