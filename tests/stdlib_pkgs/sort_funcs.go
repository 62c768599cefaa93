// sort: Ints, Float64s (NaNs first, -0 and +0 in Go's order), Strings, the
// typed slices and their methods, the Search family and Find, IsSorted
// checks, a random (inconsistent) less function that drives pdqsort down
// every path (pattern breaking, heapsort fallback) deterministically, and
// the panic of Slice on a non-slice.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9, -7, 3, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	nz := math.Copysign(0, -1)
	fl := []float64{3.5, math.NaN(), -1, 0, nz, math.Inf(1), 0, nz, math.NaN(), math.Inf(-1), 2, nz, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 2))
	big := make([]float64, 200)
	for i := range big {
		switch i % 4 {
		case 0:
			big[i] = nz
		case 1:
			big[i] = 0
		case 2:
			big[i] = float64(i % 7)
		case 3:
			big[i] = -float64(i % 5)
		}
	}
	sort.Float64s(big)
	fmt.Println(big)
	strs := []string{"pear", "apple", "", "Apple", "apple pie", "äpfel", "banana", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "apple"), sort.SearchStrings(strs, "zzz"))
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(2))
	is.Swap(0, 2)
	fmt.Println(is, sort.IsSorted(is))
	fs := sort.Float64Slice{2.5, -1, math.NaN()}
	fs.Sort()
	fmt.Println(fs, fs.Search(2.5), fs.Less(0, 1))
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, ss.Search("b"))
	ss.Sort()
	fmt.Println(ss)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, func(int) bool { return true }))
	target := 23
	data := []int{1, 5, 9, 23, 23, 40}
	i, found := sort.Find(len(data), func(i int) int { return target - data[i] })
	fmt.Println(i, found)
	i, found = sort.Find(len(data), func(i int) int { return 10 - data[i] })
	fmt.Println(i, found)

	// An inconsistent comparator: Go's exact algorithm gives the exact result.
	for _, n := range []int{20, 64, 100, 1000, 4000} {
		a := make([]int, n)
		for i := range a {
			a[i] = i
		}
		x := uint32(7)
		calls := 0
		sort.Slice(a, func(i, j int) bool {
			calls++
			x = x*1103515245 + 12345
			return x>>16&1 == 1
		})
		h := 0
		for _, v := range a {
			h = (h*31 + v) % 1000003
		}
		b := make([]int, n)
		for i := range b {
			b[i] = i
		}
		sort.SliceStable(b, func(i, j int) bool {
			x = x*1103515245 + 12345
			return x>>16&3 == 1
		})
		hb := 0
		for _, v := range b {
			hb = (hb*31 + v) % 1000003
		}
		fmt.Println(n, calls, h, hb)
	}
	sort.Slice([]int{}, func(i, j int) bool { panic("not called") })
	sort.Sort(sort.IntSlice(nil))
	for _, x := range []interface{}{42, "str", nil, map[int]int{}} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			sort.Slice(x, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		sort.SliceIsSorted(3.5, func(i, j int) bool { return false })
	}()
	// SliceIsSorted takes what reflect's Value.Len takes.
	str := "abdc"
	fmt.Println(sort.SliceIsSorted(str, func(i, j int) bool { return str[i] < str[j] }))
	fmt.Println(sort.SliceIsSorted([3]int{}, func(i, j int) bool { fmt.Print(i, j, " "); return false }))
	fmt.Println(sort.SliceIsSorted(map[string]int{"a": 1, "b": 2}, func(i, j int) bool { fmt.Print(i, j, " "); return false }))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		v := []int{3, 2, 1}
		sort.Slice(v, func(i, j int) bool { panic(fmt.Sprint("less ", i, j)) })
	}()
}

// Output:
// [-7 -1 0 2 2 3 3 5 8 9] true 5 7 10
// [NaN NaN -Inf -1 0 0 -0 -0 -0 0 2 3.5 +Inf] true 10
// [-4 -4 -4 -4 -4 -4 -4 -4 -4 -4 -3 -3 -3 -3 -3 -3 -3 -3 -3 -3 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -0 -0 0 -0 -0 0 0 0 -0 0 -0 0 -0 0 -0 -0 -0 0 0 -0 -0 0 -0 -0 -0 0 0 -0 -0 0 0 0 -0 0 -0 -0 -0 0 0 -0 -0 0 -0 0 -0 0 0 0 -0 0 0 -0 -0 0 -0 -0 -0 0 0 0 -0 0 -0 0 -0 0 -0 -0 -0 0 0 -0 -0 0 -0 -0 -0 0 0 0 0 0 -0 -0 -0 0 0 0 -0 0 0 0 -0 0 -0 -0 -0 0 0 -0 -0 0 -0 -0 -0 0 -0 0 -0 0 0 0 -0 0 0 -0 -0 1 1 1 1 1 1 1 2 2 2 2 2 2 2 2 3 3 3 3 3 3 3 4 4 4 4 4 4 4 5 5 5 5 5 5 5 6 6 6 6 6 6 6]
// ["" "Apple" "apple" "apple" "apple pie" "banana" "pear" "äpfel"] true 2 7
// [1 2 3] 3 true 1
// [3 2 1] false
// [NaN -1 2.5] 2 true
// [c b a] 0
// [a b c]
// 8 0
// 3 true
// 3 false
// 20 47 156077 74033
// 64 228 457141 670329
// 100 480 183169 294528
// 1000 4942 190291 402928
// 4000 21777 255763 176640
// panic: reflect: call of Swapper on int Value
// panic: reflect: call of Swapper on string Value
// panic: reflect: call of Swapper on zero Value
// panic: reflect: call of Swapper on map Value
// panic: reflect: call of reflect.Value.Len on float64 Value
// false
// 2 1 1 0 true
// 1 0 true
// panic: less 1 0
