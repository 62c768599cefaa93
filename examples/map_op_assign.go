// m[k] op= v: the right-hand side is evaluated before the entry is read,
// and the entry is inserted before the operation, except for / and %,
// whose division by zero leaves the map as it was.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10}
	f := func() int { m[1] = 100; return 1 }
	m[1] += f()
	fmt.Println(m[1])
	g := func() int { delete(m, 1); return 5 }
	m[1] += g()
	fmt.Println(m[1], len(m))

	s := map[string]string{"a": "x"}
	h := func() string { s["a"] = "y"; return "z" }
	s["a"] += h()
	fmt.Println(s)

	n := map[int]int{}
	func() {
		defer func() { fmt.Println(recover(), len(n)) }()
		z := 0
		n[5] /= z
	}()
	func() {
		defer func() { fmt.Println(recover(), len(n)) }()
		z := -1
		n[6] <<= z
	}()
	n[7] += 3
	n[7] *= 5
	n[8]++
	n[9]--
	n[10] |= 6
	n[10] &^= 2
	fl := map[string]float64{}
	fl["a"] /= 0
	fl["b"] += 1.5
	arr := map[[2]int]string{}
	arr[[2]int{1, 2}] += "x"
	arr[[2]int{1, 2}] += "y"
	fmt.Println(n, fl, arr)

	var nilMap map[string]int
	defer func() { fmt.Println(recover()) }()
	nilMap["q"] += 1
}

// Output:
// 101
// 5 1
// map[a:yz]
// runtime error: integer divide by zero 0
// runtime error: negative shift amount 1
// map[6:0 7:15 8:1 9:-1 10:4] map[a:NaN b:1.5] map[[1 2]:xy]
// assignment to entry in nil map
