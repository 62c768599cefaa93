// sort_search.go: binary search with sort.Search, SearchInts, SearchStrings, SearchFloat64s and insertion into sorted slices.
package main

import (
	"fmt"
	"sort"
)

func insertSorted(xs []int, v int) []int {
	i := sort.SearchInts(xs, v)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, v := range []int{0, 1, 4, 11, 12} {
		i := sort.SearchInts(xs, v)
		found := i < len(xs) && xs[i] == v
		fmt.Printf("SearchInts(%d) = %d found=%v\n", v, i, found)
	}

	words := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(words, "banana"), sort.SearchStrings(words, "blueberry"), sort.SearchStrings(words, "zzz"))
	fmt.Println(sort.SearchFloat64s([]float64{0.5, 1.5, 2.5}, 2))

	// sort.Search finds the smallest index where the predicate becomes true.
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 })
	fmt.Println("first >= 6 at", i, "value", xs[i])

	// Descending data needs a reversed predicate.
	desc := []int{50, 40, 30, 20, 10}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 25 })
	fmt.Println("first <= 25 at", j, "value", desc[j])

	// Search over an implicit domain: integer square root of 1e12.
	n := 1000000000000
	r := sort.Search(n, func(k int) bool { return k*k > n || k > 2000000 }) - 1
	fmt.Println("isqrt:", r)

	// Guess a number with a count of comparisons.
	secret := 77
	steps := 0
	g := sort.Search(100, func(k int) bool { steps++; return k >= secret })
	fmt.Println("found", g, "in", steps, "steps")

	// Maintaining a sorted slice with inserts.
	var sorted []int
	for _, v := range []int{5, 1, 4, 1, 9, 2, 6} {
		sorted = insertSorted(sorted, v)
	}
	fmt.Println(sorted)

	// IntSlice.Search method.
	fmt.Println(sort.IntSlice(sorted).Search(4))
}

// Output:
// SearchInts(0) = 0 found=false
// SearchInts(1) = 0 found=true
// SearchInts(4) = 2 found=false
// SearchInts(11) = 5 found=true
// SearchInts(12) = 6 found=false
// 1 2 3
// 2
// first >= 6 at 3 value 7
// first <= 25 at 3 value 20
// isqrt: 1000000
// found 77 in 7 steps
// [1 1 2 4 5 6 9]
// 3
