package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, 2}
	fmt.Println(p)
}
