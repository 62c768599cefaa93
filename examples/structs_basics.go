// structs_basics.go: struct literals (positional and keyed), zero values, anonymous structs, struct copies, and field tags-free nesting.
package main

import "fmt"

type Rect struct {
	Min, Max Point
	Name     string
}

type Point struct{ X, Y int }

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r *Rect) Translate(dx, dy int) {
	r.Min.X += dx
	r.Max.X += dx
	r.Min.Y += dy
	r.Max.Y += dy
}

type Config struct {
	Name    string
	Retries int
	Verbose bool
	Ratio   float64
	Tags    []string
	Limits  map[string]int
	Parent  *Config
}

func main() {
	r1 := Rect{Point{0, 0}, Point{4, 3}, "r1"}
	r2 := Rect{Max: Point{Y: 2, X: 2}, Name: "r2"}
	fmt.Println(r1, r2, r1.Area(), r2.Area())

	r3 := r1 // copy
	r3.Translate(10, 10)
	r3.Name = "r3"
	fmt.Println(r1.Min, r3.Min, r3.Area())

	var zero Config
	fmt.Printf("%+v\n", zero)
	fmt.Println(zero.Tags == nil, zero.Limits == nil, zero.Parent == nil)

	cfg := Config{Name: "app", Retries: 3, Tags: []string{"x"}}
	child := Config{Name: "child", Parent: &cfg}
	fmt.Println(child.Parent.Name, child.Parent.Retries)

	// Anonymous structs for one-off groupings.
	point := struct{ Lat, Lng float64 }{52.52, 13.405}
	fmt.Println(point, point.Lat)
	var settings struct {
		Debug bool
		Level int
	}
	settings.Level = 3
	fmt.Printf("%+v\n", settings)

	// Assigning between identical anonymous struct types and a named type.
	type P struct{ X, Y int }
	anon := struct{ X, Y int }{1, 2}
	var named P = anon
	fmt.Println(named, Point(named))

	// Structs containing arrays copy deeply; slices do not.
	type Holder struct {
		Arr   [2]int
		Slice []int
	}
	h1 := Holder{[2]int{1, 2}, []int{1, 2}}
	h2 := h1
	h2.Arr[0] = 100
	h2.Slice[0] = 100
	fmt.Println(h1, h2)

	// Empty struct values take no space but are usable as set members.
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = struct{}{}
	_, hasA := set["a"]
	_, hasZ := set["z"]
	fmt.Println(len(set), hasA, hasZ)

	// Array of structs and modification through index.
	pts := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)
}

// Output:
// {{0 0} {4 3} r1} {{0 0} {2 2} r2} 12 4
// {0 0} {10 10} 12
// {Name: Retries:0 Verbose:false Ratio:0 Tags:[] Limits:map[] Parent:<nil>}
// true true true
// app 3
// {52.52 13.405} 52.52
// {Debug:false Level:3}
// {1 2} {1 2}
// {[1 2] [100 2]} {[100 2] [100 2]}
// 2 true false
// [{10 1} {20 2} {30 3}]
