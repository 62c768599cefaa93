// closures_generators_memo.go: closures as generators, iterator pipelines (filter/map), a memoized recursive closure, composition, loop-variable capture, defers reading later values.
package main

import (
	"fmt"
	"strings"
)

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start, step int) (inc func() int, reset func()) {
	n := start
	inc = func() int { n += step; return n }
	reset = func() { n = start }
	return
}

type Iter func() (int, bool)

func rangeIter(lo, hi int) Iter {
	return func() (int, bool) {
		if lo >= hi {
			return 0, false
		}
		lo++
		return lo - 1, true
	}
}

func filter(it Iter, pred func(int) bool) Iter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok {
				return 0, false
			}
			if pred(v) {
				return v, true
			}
		}
	}
}

func mapIt(it Iter, f func(int) int) Iter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func collect(it Iter) []int {
	var out []int
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for i := len(fs) - 1; i >= 0; i-- {
			s = fs[i](s)
		}
		return s
	}
}

func main() {
	f := fib()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")
	inc, reset := counter(10, 5)
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	evens := filter(rangeIter(0, 20), func(x int) bool { return x%2 == 0 })
	sq := mapIt(evens, func(x int) int { return x * x })
	fmt.Println(collect(sq))
	var slowFib func(int) int
	calls := 0
	slowFib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	fmt.Println(slowFib(80), calls)
	shout := compose(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!  " })
	fmt.Printf("%q\n", shout("  hello "))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println("|")
	var funcs2 []func() int
	for _, v := range []int{1, 2, 3} {
		v := v
		funcs2 = append(funcs2, func() int { return v * 100 })
	}
	for _, fn := range funcs2 {
		fmt.Print(fn(), " ")
	}
	fmt.Println("|")
	acc := func() func(int) []int {
		var hist []int
		return func(x int) []int {
			hist = append(hist, x)
			return hist
		}
	}()
	acc(1)
	acc(2)
	h := acc(3)
	fmt.Println(h, len(h))
	var nilFn func()
	fmt.Println(nilFn == nil, fmt.Sprintf("%T", compose), fmt.Sprintf("%T", Iter(nil)))
	fmt.Printf("%v\n", nilFn == nil)
	defer func(s string) { fmt.Println("deferred with", s) }(strings.Repeat("ab", 2))
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 99
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 |
// 15 20 25
// 15
// [0 4 16 36 64 100 144 196 256 324]
// 23416728348467685 81
// "HELLO !"
// 30 30 30 |
// 100 200 300 |
// [1 2 3] 3
// true func(...func(string) string) func(string) string main.Iter
// true
// x at exit: 99
// x at defer time: 1
// deferred with abab
