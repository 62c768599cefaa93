package main

import "fmt"

type Op struct {
	Name string
	Fn   func(a, b float64) float64
	Sep  []byte
}

func main() {
	ops := []Op{
		{"add", func(x, y int) int { return x + y }, nil},
		{Name: "sub", Sep: "-"},
	}
	fmt.Println(ops)
}
