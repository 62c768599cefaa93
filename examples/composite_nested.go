// composite_nested.go: nested composite literals with elided types, maps of slices, slices of maps, and keyed arrays.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

func main() {
	// Element types elided inside slice, array and map literals.
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)
	ptrs := []*Point{{1, 1}, {2, 2}} // &Point elided
	fmt.Println(*ptrs[0], ptrs[1].X)
	lines := []Line{{Point{0, 0}, Point{1, 1}, "diag"}, {From: Point{2, 2}, Label: "half"}}
	fmt.Printf("%+v\n", lines)

	matrix := [][]int{{1, 2}, {3, 4, 5}, {}}
	fmt.Println(matrix, len(matrix[1]))
	arr := [...][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(arr, len(arr))

	// Keyed array and slice literals.
	sparse := [...]int{2: 20, 5: 50, 7}
	fmt.Println(sparse, len(sparse))
	names := []string{3: "three", 1: "one"}
	fmt.Printf("%q\n", names)

	// Map with composite keys and values, elided.
	byPoint := map[Point][]string{{0, 0}: {"origin"}, {1, 0}: {"east", "right"}}
	fmt.Println(byPoint)

	// Map of slices: appending to a missing key works through the zero value.
	groups := map[string][]int{}
	for _, n := range []int{1, 2, 3, 4, 5, 6, 7} {
		key := "odd"
		if n%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], n)
	}
	fmt.Println(groups)

	// Slice of maps.
	rows := []map[string]int{{"a": 1}, {"b": 2, "c": 3}, nil}
	for i, r := range rows {
		fmt.Println(i, r, len(r))
	}
	rows[0]["z"] = 26
	fmt.Println(rows[0])

	// Map of maps, created on demand.
	nested := map[string]map[string]int{}
	add := func(a, b string, v int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += v
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 10)
	var outer []string
	for k := range nested {
		outer = append(outer, k)
	}
	sort.Strings(outer)
	for _, k := range outer {
		fmt.Println(k, nested[k])
	}

	// Anonymous struct slices.
	people := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {"bo", 5}}
	fmt.Printf("%v %+v\n", people, people[1])

	// Pointer to composite literal.
	lp := &Line{Label: "ptr"}
	lp.To.Y = 9
	fmt.Printf("%+v\n", lp)
}

// Output:
// [{1 2} {3 4} {5 0}]
// {1 1} 2
// [{From:{X:0 Y:0} To:{X:1 Y:1} Label:diag} {From:{X:2 Y:2} To:{X:0 Y:0} Label:half}]
// [[1 2] [3 4 5] []] 3
// [[a b] [c d]] 2
// [0 0 20 0 0 50 7] 7
// ["" "one" "" "three"]
// map[{0 0}:[origin] {1 0}:[east right]]
// map[even:[2 4 6] odd:[1 3 5 7]]
// 0 map[a:1] 1
// 1 map[b:2 c:3] 2
// 2 map[] 0
// map[a:1 z:26]
// x map[p:11 q:2]
// y map[p:3]
// [{ann 30} {bo 5}] {Name:bo Age:5}
// &{From:{X:0 Y:0} To:{X:0 Y:9} Label:ptr}
