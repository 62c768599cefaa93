// Evaluation order within statements, as gc does it: calls first, left to
// right, then the variables the statement reads.
package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls
}

type counter struct{ n int }

func (c *counter) bump() int {
	c.n++
	return c.n
}

func main() {
	x := 0
	inc := func() int { x++; return x }
	fmt.Println(x, inc())

	s := []int{1}
	grow := func() int { s = append(s, 5); return 9 }
	s = append(s, grow())
	fmt.Println(s)

	c := &counter{}
	if c.n+c.bump() > 1 {
		fmt.Println("condition true, bumped", c.n)
	} else {
		fmt.Println("condition false, bumped", c.n)
	}
	for i := 0; i < 3 && next() < 3; i++ {
	}
	fmt.Println("calls", calls)

	a := []int{10, 20, 30}
	i := 0
	a[i] = func() int { i = 2; return 7 }()
	fmt.Println(a, i)

	y := 1
	y += func() int { y = 100; return 1 }()
	fmt.Println(y)
}

// Output:
// 1 1
// [1 5 9]
// condition true, bumped 1
// calls 3
// [10 20 7] 2
// 101
