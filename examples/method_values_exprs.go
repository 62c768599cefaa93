// method_values_exprs.go: method values bind a receiver; method expressions T.M and (*T).M take it as first argument.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}

	add := p.Add // receiver copied now
	p.X = 100
	fmt.Println(add(Point{10, 10}))

	scale := p.Scale // binds &p
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))

	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 10)
	fmt.Println(q)

	// (*T) also has value methods in its method set.
	addPtr := (*Point).Add
	fmt.Println(addPtr(&q, Point{1, 1}))

	str := Point.String
	fmt.Println(str(Point{7, 8}))
	fmt.Printf("%T\n", addExpr)
	fmt.Printf("%T\n", scaleExpr)

	// Method values stored in a slice of funcs.
	var fs []func() string
	for _, pt := range []Point{{1, 1}, {2, 2}} {
		fs = append(fs, pt.String)
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	// Method value from an interface.
	var s fmt.Stringer = Point{5, 6}
	g := s.String
	fmt.Println(g())
}

// Output:
// (11,12)
// (200,4)
// (3,3)
// (30,40)
// (31,41)
// (7,8)
// func(main.Point, main.Point) main.Point
// func(*main.Point, int)
// (1,1)
// (2,2)
// (5,6)
