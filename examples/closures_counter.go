// closures_counter.go: closures capture variables by reference; each call of the factory gets fresh state.
package main

import "fmt"

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(inc(), get())

	inc2, get2 := counter()
	inc2()
	fmt.Println(get(), get2())

	a := adder(10)
	fmt.Println(a(1), a(2), a(3))

	double := func(x int) int { return x * 2 }
	plus1 := func(x int) int { return x + 1 }
	fmt.Println(compose(double, plus1)(5), compose(plus1, double)(5))

	// A closure sees later assignments to the captured variable.
	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println(show())

	// Immediately invoked function literal.
	r := func(a, b int) int { return a*a + b*b }(3, 4)
	fmt.Println(r)

	// Closures in a map.
	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"div": func(a, b float64) float64 { return a / b },
	}
	fmt.Println(ops["add"](1, 2), ops["div"](1, 4))
}

// Output:
// 3 3
// 3 1
// 11 13 16
// 11 12
// 42
// 25
// 3 0.25
