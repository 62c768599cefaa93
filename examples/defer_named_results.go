// defer_named_results.go: deferred closures can read and modify named results after the return statement sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1 // n = 2, then *10, then +1
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // does not affect the returned value
	return x
}

func withErr(fail bool) (result string, err error) {
	defer func() {
		if err != nil {
			result = "fallback"
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return "partial", errors.New("boom")
	}
	return "ok", nil
}

func observe() (s string) {
	defer func() { fmt.Printf("returning %q\n", s) }()
	s = "first"
	return "second"
}

func main() {
	fmt.Println(double())
	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(observe())
}

// Output:
// 42
// 21
// 1
// ok <nil>
// fallback wrapped: boom
// returning "second"
// second
