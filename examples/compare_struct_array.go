// compare_struct_array.go: structs and arrays compare with == field by field, and can be map keys.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
	Tags [2]string
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)

	x := [3]int{1, 2, 3}
	y := [3]int{1, 2, 3}
	z := [3]int{1, 2, 4}
	fmt.Println(x == y, x == z)

	k1 := Key{"a", Point{1, 1}, [2]string{"t", "u"}}
	k2 := Key{"a", Point{1, 1}, [2]string{"t", "u"}}
	fmt.Println(k1 == k2)
	k2.Tags[1] = "v"
	fmt.Println(k1 == k2)

	// Struct keys.
	visits := map[Point]int{}
	for _, p := range []Point{{0, 0}, {1, 2}, {0, 0}, {1, 2}, {0, 0}} {
		visits[p]++
	}
	fmt.Println(visits[Point{0, 0}], visits[Point{1, 2}], visits[Point{9, 9}])
	fmt.Println(visits)

	// Array keys.
	grid := map[[2]int]string{}
	grid[[2]int{0, 1}] = "north"
	grid[[2]int{1, 0}] = "east"
	fmt.Println(grid[[2]int{0, 1}], len(grid))
	fmt.Println(grid)

	// Nested keys and sorted printing.
	cache := map[Key]bool{k1: true, k2: false}
	fmt.Println(len(cache), cache[k1], cache[Key{}])

	// Anonymous struct comparison.
	s1 := struct {
		A int
		B string
	}{1, "x"}
	s2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(s1 == s2)

	// Zero values compare equal to composite zero literals.
	var zp Point
	fmt.Println(zp == Point{}, [2]bool{} == [2]bool{false, false})

	// Arrays are values: assignment copies.
	copyX := x
	copyX[0] = 99
	fmt.Println(x, copyX, x == copyX)

	// Sorting struct keys from a map.
	var pts []Point
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println(pts)
}

// Output:
// true false true
// true false
// true
// false
// 3 2 0
// map[{0 0}:3 {1 2}:2]
// north 2
// map[[0 1]:north [1 0]:east]
// 2 true false
// true
// true true
// [1 2 3] [99 2 3] false
// [{0 0} {1 2}]
