// type_assertions.go: type assertions to concrete and interface types, comma-ok form, and assertion panics.
package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) Name() string   { return "circle" }
func (s *Square) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = Circle{2}
	c := s.(Circle)
	fmt.Println(c.R, c.Area())

	if n, ok := s.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := s.(*Square); !ok {
		fmt.Println("not a *Square")
	}

	s = &Square{3}
	if sq, ok := s.(*Square); ok {
		sq.S = 4 // modifies the shared value
	}
	fmt.Println(s.Area())
	_, isNamed := s.(Named)
	fmt.Println("square named:", isNamed)

	// Asserting from interface{} values.
	values := []interface{}{1, "2", 3.5, []int{4}, nil, int8(5)}
	total := 0
	for _, v := range values {
		switch {
		case v == nil:
			fmt.Println("skip nil")
		default:
			if i, ok := v.(int); ok {
				total += i
			} else if s, ok := v.(string); ok {
				n, _ := strconv.Atoi(s)
				total += n
			} else {
				fmt.Printf("skip %T\n", v)
			}
		}
	}
	fmt.Println("total:", total)

	// Failed assertion without comma-ok panics.
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var v interface{} = "text"
		_ = v.(float64)
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var sh Shape = Circle{1}
		_ = sh.(fmt.Stringer)
	}()

	// The zero value from a failed comma-ok assertion.
	var v interface{} = 42
	str, ok := v.(string)
	fmt.Printf("%q %v\n", str, ok)
	sh, ok := v.(Shape)
	fmt.Println(sh, ok)
}

// Output:
// 2 12
// named: circle
// not a *Square
// 16
// square named: false
// skip float64
// skip []int
// skip nil
// skip int8
// total: 3
// recovered: interface conversion: interface {} is string, not float64
// recovered: interface conversion: main.Circle is not fmt.Stringer: missing method String
// "" false
// <nil> false
