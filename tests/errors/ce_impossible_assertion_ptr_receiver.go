package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func (s *Square) Area() float64 { return s.side * s.side }

func main() {
	var s Shape = &Square{2}
	sq := s.(Square)
	fmt.Println(sq)
}
