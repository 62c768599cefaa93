// sort_basic.go: sort.Ints, Strings, Float64s, Slice, SliceStable, the *AreSorted checks and reversing.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 99}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))

	floats := []float64{2.5, -1, math.Inf(1), 0, math.NaN(), -math.Inf(1), 1e-9}
	sort.Float64s(floats)
	fmt.Println(floats, sort.Float64sAreSorted(floats))

	// Reverse order.
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)

	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
	}

	// sort.SliceStable keeps the original order of equal elements.
	byAge := append([]Person(nil), people...)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)

	// Multi-key sort with sort.Slice (total order, so the result is deterministic).
	multi := append([]Person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age > multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println(multi)

	// sort.SliceIsSorted.
	fmt.Println(sort.SliceIsSorted(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age }))

	// Sorting a sub-slice only.
	part := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(part[1:4])
	fmt.Println(part)

	// Sorting runes of a string.
	r := []rune("sorting")
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	fmt.Println(string(r))

	// Empty and single-element slices are fine.
	var empty []int
	sort.Ints(empty)
	one := []string{"x"}
	sort.Strings(one)
	fmt.Println(empty, one)

	// Larger sort to exercise the algorithm beyond insertion sort.
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[95:], sort.IntsAreSorted(big))
}

// Output:
// [-1 0 2 2 5 8 99] true
// ["" "Apple" "Banana" "apple" "banana" "pear"] true
// [NaN -Inf -1 0 1e-09 2.5 +Inf] true
// [99 8 5 2 2 0 -1]
// ["pear" "banana" "apple" "Banana" "Apple" ""]
// [{Bob 25} {Dave 25} {Alice 30} {Carol 30} {Frank 30} {Eve 35}]
// [{Eve 35} {Alice 30} {Carol 30} {Frank 30} {Bob 25} {Dave 25}]
// true
// [9 6 7 8 5 4]
// ginorst
// [] [x]
// [0 1 2 3 4] [96 97 98 99 100] true
