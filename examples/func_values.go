// func_values.go: functions as first-class values: func types, passing and returning functions, func fields, and nil funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(float64, float64) float64

type Calculator struct {
	ops map[string]Op
}

func (c *Calculator) Register(name string, op Op) { c.ops[name] = op }

func (c *Calculator) Do(name string, a, b float64) (float64, bool) {
	op, ok := c.ops[name]
	if !ok {
		return 0, false
	}
	return op(a, b), true
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []string, keep func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func square(x int) int { return x * x }

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	calc := &Calculator{ops: map[string]Op{}}
	calc.Register("+", func(a, b float64) float64 { return a + b })
	calc.Register("*", func(a, b float64) float64 { return a * b })
	calc.Register("max", Op(func(a, b float64) float64 {
		if a > b {
			return a
		}
		return b
	}))
	var names []string
	for n := range calc.ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v, _ := calc.Do(n, 3, 4)
		fmt.Println(n, v)
	}
	_, ok := calc.Do("/", 1, 2)
	fmt.Println("has /:", ok)

	nums := []int{1, 2, 3, 4}
	fmt.Println(mapInts(nums, square), mapInts(nums, func(x int) int { return -x }))
	fmt.Println(filter([]string{"go", "rust", "c", "zig"}, func(s string) bool { return len(s) <= 2 }))
	fmt.Println(reduce(nums, 0, func(a, x int) int { return a + x }), reduce(nums, 1, func(a, x int) int { return a * x }))

	// Package functions and methods as values.
	upper := strings.ToUpper
	fmt.Println(upper("shout"))
	m := chain(strings.TrimSpace, strings.ToLower, func(s string) string { return "<" + s + ">" })
	fmt.Println(m("  MiXeD  "))

	// Nil function values.
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("now set") }
	if f != nil {
		f()
	}

	// Functions in a slice, called in order.
	steps := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		square,
	}
	v := 3
	for _, s := range steps {
		v = s(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", steps)
}

// Output:
// * 12
// + 7
// max 4
// has /: false
// [1 4 9 16] [-1 -2 -3 -4]
// [go c]
// 10 24
// SHOUT
// <mixed>
// true
// now set
// 64
// []func(int) int
