// scope_shadowing.go: block scopes, := redeclaration rules, shadowing in if/for/switch, and package-level names.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func show() string { return x }

func mightFail(ok bool) (int, error) {
	if ok {
		return 1, nil
	}
	return 0, errors.New("failed")
}

func main() {
	fmt.Println(x)
	x := "main" // shadows the package variable
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)

	// if with an init statement: variables scoped to the if/else chain.
	if n, err := mightFail(true); err == nil {
		fmt.Println("ok n =", n)
	} else if n == 0 {
		fmt.Println("unreachable")
	}
	if v, err := mightFail(false); err != nil {
		fmt.Println("error:", err, "v =", v)
	}

	// := with at least one new variable reuses the existing ones.
	a, err := mightFail(true)
	b, err := mightFail(false)
	fmt.Println(a, b, err)

	// Shadowing err inside a block is a classic bug.
	var outerErr error
	if true {
		_, outerErr := mightFail(false)
		_ = outerErr
	}
	fmt.Println("outer err still:", outerErr)

	// Loop variables are scoped to the loop.
	i := 100
	for i := 0; i < 3; i++ {
		i := i * 10 // shadows the loop variable in the body
		_ = i
	}
	fmt.Println(i)

	// switch cases each have their own scope.
	switch y := 5; {
	case y > 3:
		z := "big"
		fmt.Println(y, z)
	default:
		z := 0
		fmt.Println(z)
	}

	// Shadowing a builtin name (legal, but confusing).
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))

	// Function parameters can be shadowed in nested blocks.
	f := func(n int) int {
		if n > 0 {
			n := n * 2
			return n
		}
		return n
	}
	fmt.Println(f(5), f(-1))
}

// Output:
// package
// main package
// block
// main
// ok n = 1
// error: failed v = 0
// 1 0 failed
// outer err still: <nil>
// 100
// 5 big
// 42
// 10 -1
