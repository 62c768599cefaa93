// interface_embedded_type_switch.go: embedded interfaces, value and pointer receivers deciding which interfaces a type satisfies, a type switch over many cases, an io.Reader wrapper, typed nil in error.
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct {
	Rect
	label string
}

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (c Circle) Name() string        { return "circle" }
func (c Circle) String() string      { return fmt.Sprintf("Circle(r=%.1f)", c.R) }
func (r *Rect) Area() float64        { return r.W * r.H }
func (r *Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) Name() string          { return "rect" }
func (s Square) Name() string        { return "square:" + s.label }
func (s *Square) String() string     { return "Square[" + s.label + "]" }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil!"
	case NamedShape:
		return fmt.Sprintf("NamedShape %v area=%.2f", v, v.Area())
	case Shape:
		return fmt.Sprintf("Shape %T area=%.2f", v, v.Area())
	case Named:
		return "just named " + v.Name()
	case error:
		return "error: " + v.Error()
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case func() string:
		return "func returning " + v()
	case []interface{}:
		parts := []string{}
		for _, e := range v {
			parts = append(parts, describe(e))
		}
		return "[" + strings.Join(parts, "; ") + "]"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	items := []interface{}{
		Circle{1}, &Rect{2, 3}, Rect{2, 3}, &Square{Rect{2, 2}, "sq"}, Square{Rect{1, 1}, "v"},
		nil, errors.New("bad"), 42, int64(7), int8(3), func() string { return "hi" },
		[]interface{}{1, Circle{2}},
	}
	for i, it := range items {
		fmt.Printf("%2d: %s\n", i, describe(it))
	}
	var s Shape = Circle{2}
	if n, ok := s.(Named); ok {
		fmt.Println("shape is named:", n.Name())
	}
	if _, ok := s.(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
	_, isRect := s.(*Rect)
	fmt.Println("is rect:", isRect)
	var ns NamedShape = Circle{3}
	var sh Shape = ns
	var nm Named = ns
	fmt.Println(sh.Perimeter() > 18, nm.Name(), ns == sh, sh == Shape(Circle{3}))
	data, err := io.ReadAll(rot13{strings.NewReader("Hello, Gopher! Uryyb!")})
	fmt.Println(string(data), err)
	var w io.Writer = &strings.Builder{}
	fmt.Fprintf(w, "%d-%s", 5, "x")
	if sb, ok := w.(*strings.Builder); ok {
		fmt.Println(sb.String(), sb.Len())
	}
	var rw interface {
		io.Reader
		io.Writer
	}
	fmt.Println(rw == nil)
	var e error
	var pe *myErr
	fmt.Println(e == nil, pe == nil)
	e = pe
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T %v\n", e, e)
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

// Output:
//  0: NamedShape Circle(r=1.0) area=3.14
//  1: Shape *main.Rect area=6.00
//  2: just named rect
//  3: NamedShape Square[sq] area=4.00
//  4: just named square:v
//  5: nil!
//  6: error: bad
//  7: integer 42 (int)
//  8: integer 7 (int64)
//  9: other int8
// 10: func returning hi
// 11: [integer 1 (int); NamedShape Circle(r=2.0) area=12.57]
// shape is named: circle
// stringer: Circle(r=2.0)
// is rect: false
// true circle true true
// Uryyb, Tbcure! Hello! <nil>
// 5-x 3
// true
// true true
// false true
// *main.myErr myErr
