// closures_recursive.go: recursion through closures requires declaring the variable first.
package main

import "fmt"

func main() {
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	var fibs []int
	for i := 0; i <= 10; i++ {
		fibs = append(fibs, fib(i))
	}
	fmt.Println(fibs)

	// Memoized version with a captured map.
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := mfib(n-1) + mfib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(mfib(90), len(memo))

	// Mutual recursion via closures.
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(3))

	// Recursive walk collecting into a captured slice.
	type node struct {
		val      string
		children []*node
	}
	tree := &node{"root", []*node{
		{"a", []*node{{"a1", nil}, {"a2", nil}}},
		{"b", nil},
	}}
	var out []string
	var walk func(n *node, depth int)
	walk = func(n *node, depth int) {
		out = append(out, fmt.Sprintf("%d:%s", depth, n.val))
		for _, c := range n.children {
			walk(c, depth+1)
		}
	}
	walk(tree, 0)
	fmt.Println(out)

	// Deep recursion is fine.
	var sum func(n int) int
	sum = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + sum(n-1)
	}
	fmt.Println(sum(10000))
}

// Output:
// [0 1 1 2 3 5 8 13 21 34 55]
// 2880067194370816120 89
// true true false
// [0:root 1:a 2:a1 2:a2 1:b]
// 50005000
