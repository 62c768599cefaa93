package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var s Shape = Square{2}
	c := s.(Circle)
	fmt.Println(c)
}
