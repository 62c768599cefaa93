package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct {
	Name string
}

func (n Named) Label() string { return "<" + n.Name + ">" }

type Circle struct {
	Named
	R float64
}

type Rect struct {
	Named
	W, H float64
}

type Square struct {
	Rect
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

func NewSquare(name string, side float64) Square {
	return Square{Rect{Named{name}, side, side}}
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return "square " + v.Label()
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1.5},
		Rect{Named{"r1"}, 3, 4},
		NewSquare("s1", 2),
		Circle{Named{"c2"}, 0.5},
		Rect{Named: Named{"r2"}, W: 10, H: 0.1},
	}
	sort.Sort(byArea(shapes))
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-16s area=%8.3f perim=%7.2f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Println(shapes[0])
	fmt.Printf("%v\n", shapes[2])
	fmt.Printf("%+v\n", shapes[1])
	fmt.Printf("%#v\n", shapes[3])
	sq := NewSquare("big", 7)
	fmt.Println(sq, sq.Name, sq.Rect.Named.Name, sq.Label())
	var st fmt.Stringer = sq
	fmt.Printf("%s|%v|%d\n", st, st, sq)
	_, isStr := shapes[0].(fmt.Stringer)
	fmt.Println(isStr, math.Sqrt(sq.Area()), math.Floor(-2.5), math.Round(-2.5), math.Trunc(2.7))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Pi, float32(math.Pi), math.E*1e20, 1e21, 1e-7, 123456789.0)
}

// Output:
// circle r=0.5     area=   0.785 perim=   3.14
// rect 10x0.1      area=   1.000 perim=  20.20
// square <s1>      area=   4.000 perim=   8.00
// circle r=1.5     area=   7.069 perim=   9.42
// rect 3x4         area=  12.000 perim=  14.00
// total 24.8540
// {{c2} 0.5}
// Square(2)
// {Named:{Name:r2} W:10 H:0.1}
// main.Circle{Named:main.Named{Name:"c1"}, R:1.5}
// Square(7) big big <big>
// Square(7)|Square(7)|{{{%!d(string=big)} %!d(float64=7) %!d(float64=7)}}
// false 7 -3 -3 2
// +Inf -Inf NaN 9223372036854775807 -9223372036854775808 4294967295
// 3.141592653589793 3.1415927 2.7182818284590452e+20 1e+21 1e-07 1.23456789e+08
