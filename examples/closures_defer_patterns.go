// closures_defer_patterns.go: closures and defer: counters, trace helpers, loop variables, recover into named results, closing in order.
package main

import (
	"errors"
	"fmt"
)

func counterGen() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred i =", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure i =", i) }()
	}
}

func safeDiv(a, b int) (q int, err error) {
	defer trace("safeDiv")()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func tripleDefer() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	return "r"
}

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	if r.name == "bad" {
		return errors.New("close failed: " + r.name)
	}
	return nil
}

func useResources(names ...string) (err error) {
	for _, n := range names {
		r := &resource{n}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func main() {
	next, reset := counterGen()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	deferLoop()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(tripleDefer())
	fmt.Println(useResources("a", "bad", "c"))
	fns := make([]func() int, 3)
	for i := range fns {
		j := i * i
		fns[i] = func() int { return j }
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		k := k
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add10"](5), adders["add100"](5), len(adders))
	fib := func() func() int {
		a, b := 0, 1
		return func() int { r := a; a, b = b, a+b; return r }
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}

// Output:
// 1 2 3
// 1
// closure i = 3
// closure i = 3
// closure i = 3
// deferred i = 2
// deferred i = 1
// deferred i = 0
// enter safeDiv
// exit safeDiv
// 3 <nil>
// enter safeDiv
// exit safeDiv
// -1 recovered: runtime error: integer divide by zero
// r321
// closing c
// closing bad
// closing a
// close failed: bad
// 0 1 4 
// 15 105 3
// 0,1,1,2,3,5,8,13,21,34,
