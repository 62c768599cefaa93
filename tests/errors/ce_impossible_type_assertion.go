package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func main() {
	var s Shape
	sq := s.(Square)
	fmt.Println(sq)
}
