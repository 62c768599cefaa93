// named_types.go: named types built from struct, array, slice, map, pointer, func and interface types.
package main

import "fmt"

type Celsius float64
type Point struct{ X, Y int }
type Grid [2][3]int
type Names []string
type Ages map[string]int
type PointPtr *Point
type BinOp func(int, int) int
type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (n Names) Join(sep string) string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}

func (a Ages) Oldest() (string, int) {
	best, bestAge := "", -1
	for _, name := range []string{"ann", "bob", "cid"} {
		if age, ok := a[name]; ok && age > bestAge {
			best, bestAge = name, age
		}
	}
	return best, bestAge
}

func apply(op BinOp, a, b int) int { return op(a, b) }

func main() {
	var t Celsius = 100
	fmt.Println(t, t.Fahrenheit())
	fmt.Printf("%T\n", t)

	p := Point{1, 2}
	var pp PointPtr = &p
	pp.X = 10 // field selector through a named pointer type
	fmt.Println(p, *pp)

	var g Grid
	g[1][2] = 7
	fmt.Println(g, len(g), len(g[0]))

	n := Names{"a", "b", "c"}
	fmt.Println(n.Join("-"), len(n))
	plain := []string(n)
	fmt.Printf("%T %T\n", n, plain)

	ages := Ages{"ann": 30, "bob": 42, "cid": 25}
	fmt.Println(ages.Oldest())

	var add BinOp = func(a, b int) int { return a + b }
	fmt.Println(apply(add, 3, 4), apply(func(a, b int) int { return a * b }, 3, 4))

	var s Shape = Square{3}
	fmt.Println(s.Area())
	fmt.Printf("%T %T %T %T\n", g, ages, add, s)

	// Converting between named types with the same underlying type.
	type Fahrenheit float64
	f := Fahrenheit(t)
	fmt.Printf("%T %v\n", f, f)
}

// Output:
// 100 212
// main.Celsius
// {10 2} {10 2}
// [[0 0 0] [0 0 7]] 2 3
// a-b-c 3
// main.Names []string
// bob 42
// 7 12
// 9
// main.Grid main.Ages main.BinOp main.Square
// main.Fahrenheit 100
