// func_variadic.go: variadic parameters, calling with no args, a list, or a spread slice (shared backing array).
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, nums ...int) string {
	return fmt.Sprintf("%s len=%d nil=%v %v", prefix, len(nums), nums == nil, nums)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func printAll(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(describe("none"))
	fmt.Println(describe("some", 1, 2))
	fmt.Println(describe("spread", xs...))

	// Spreading passes the slice itself: the callee can modify it.
	zeroFirst(xs...)
	fmt.Println(xs)
	// A list of arguments builds a fresh slice.
	a, b := 7, 8
	zeroFirst(a, b)
	fmt.Println(a, b)

	fmt.Println(join("+", "a", "b", "c"))
	fmt.Println(join("+"))

	printAll(1, "two", 3.0, nil)
	printAll()
	things := []interface{}{"x", 'y'}
	printAll(things...)
	printAll(things) // one argument: the slice itself

	fmt.Println(append([]int{1}, xs...))
	fmt.Println(append([]byte("ab"), "cd"...))
}

// Output:
// 0 1 6
// 15
// none len=0 nil=true []
// some len=2 nil=false [1 2]
// spread len=3 nil=false [4 5 6]
// [0 5 6]
// 7 8
// a+b+c
//
// 4 [1 two 3 <nil>]
// 0 []
// 2 [x 121]
// 1 [[x 121]]
// [1 0 5 6]
// [97 98 99 100]
