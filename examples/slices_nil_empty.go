// slices_nil_empty.go: nil slices vs empty slices: both have len 0, differ in == nil and %#v, and behave the same for append/range.
package main

import "fmt"

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)

	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), cap(empty))
	fmt.Println(nilSlice, empty, made)
	fmt.Printf("%v %v\n", nilSlice, empty)
	fmt.Printf("%#v %#v\n", nilSlice, empty)

	// Both can be appended to and ranged over.
	nilSlice = append(nilSlice, 1)
	empty = append(empty, 1)
	fmt.Println(nilSlice, empty)

	// Slicing a nil slice to [:0] keeps it nil.
	var n2 []string
	fmt.Println(n2[:0] == nil, n2[0:0] == nil)

	// Resetting to nil vs truncating.
	s := []int{1, 2, 3}
	t := s[:0]
	fmt.Println(t == nil, len(t), cap(t))
	s = nil
	fmt.Println(s == nil, len(s), cap(s))

	// Nil maps and nil pointers in composite values.
	type holder struct {
		items []string
		index map[string]int
		next  *holder
	}
	var h holder
	fmt.Println(h.items == nil, h.index == nil, h.next == nil, len(h.items), len(h.index))
	fmt.Printf("%+v\n", h)
	fmt.Printf("%#v\n", h.items)

	// Functions returning nil vs empty.
	find := func(xs []int, pred func(int) bool) []int {
		var out []int
		for _, x := range xs {
			if pred(x) {
				out = append(out, x)
			}
		}
		return out
	}
	r := find([]int{1, 3, 5}, func(x int) bool { return x%2 == 0 })
	fmt.Println(r == nil, len(r))

	// copy from/to nil is fine.
	fmt.Println(copy(nilSlice, []int(nil)), copy([]int(nil), []int{1}))

	// A nil slice of slices.
	var grid [][]int
	grid = append(grid, nil, []int{})
	fmt.Println(len(grid), grid[0] == nil, grid[1] == nil)
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [] []
// []int(nil) []int{}
// [1] [1]
// true true
// false 0 3
// true 0 0
// true true true 0 0
// {items:[] index:map[] next:<nil>}
// []string(nil)
// true 0
// 0 0
// 2 true false
