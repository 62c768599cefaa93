// func_multiple_results.go: functions returning several values, comma-ok forms, and passing results straight through.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func safeDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func minMax(xs ...int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func sum2(a, b int) int { return a + b }

func pair() (int, int) { return 20, 22 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b := swap("x", "y")
	fmt.Println(a, b)

	if v, err := safeDiv(1, 4); err == nil {
		fmt.Println("ok", v)
	}
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}

	fmt.Println(minMax(3, 9, -2, 7))
	fmt.Println(sum2(pair())) // f(g()) with multiple results

	// Parallel assignment evaluates the right side first.
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)

	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, s)

	m := map[string]int{"a": 1}
	v, ok := m["a"]
	w, ok2 := m["z"]
	fmt.Println(v, ok, w, ok2)

	var val interface{} = 3.5
	f, ok := val.(float64)
	n, ok3 := val.(int)
	fmt.Println(f, ok, n, ok3)

	_, _ = divmod(1, 1)
}

// Output:
// 3 2
// -3 -2
// y x
// ok 0.25
// error: division by zero
// -2 9
// 42
// 2 3
// 1 [9 2 3]
// 1 true 0 false
// 3.5 true 0 false
