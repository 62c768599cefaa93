// slices_aliasing.go: slices share backing arrays; append may or may not reallocate, changing what aliases what.
package main

import "fmt"

func modify(s []int) { s[0] = 100 }

func grow(s []int) []int {
	s = append(s, 4)
	s[0] = -1
	return s
}

func main() {
	a := []int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)

	modify(a)
	fmt.Println(a)

	// append within capacity writes into the shared array.
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2) // overwrites the same slot as x's last element
	fmt.Println(x, y, x[3] == y[3])

	// append beyond capacity copies, so the two slices diverge.
	full := []int{1, 2, 3} // len 3, cap 3
	g := grow(full)
	fmt.Println(full, g)

	// A sub-slice shares memory until it grows.
	orig := []int{1, 2, 3, 4, 5}
	sub := orig[1:3]
	sub[0] = 20
	sub = append(sub, 40) // still within cap: overwrites orig[3]
	fmt.Println(orig, sub)
	sub = append(sub, 50, 60, 70) // exceeds cap: new array
	sub[0] = 99
	fmt.Println(orig, sub)

	// Copy to break aliasing.
	clone := append([]int(nil), orig...)
	clone[0] = 0
	fmt.Println(orig[0], clone[0])

	// Arrays are values, slices are references.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, arr2, sl)

	// Filtering in place reuses the backing array.
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := nums[:0]
	for _, n := range nums {
		if n%2 == 0 {
			evens = append(evens, n)
		}
	}
	fmt.Println(evens, nums)
}

// Output:
// [9 2 3] [9 2 3]
// [100 2 3]
// [0 0 0 2] [0 0 0 2] true
// [1 2 3] [-1 2 3 4]
// [1 20 3 40 5] [20 3 40]
// [1 20 3 40 5] [99 3 40 50 60 70]
// 1 0
// [1 200 3] [100 2 3] [1 200 3]
// [2 4 6] [2 4 6 4 5 6]
