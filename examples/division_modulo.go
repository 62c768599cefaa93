// division_modulo.go: integer division truncates toward zero; the remainder has the sign of the dividend.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", a, b, a/b, a, b, a%b)
	}

	// (a/b)*b + a%b == a always holds.
	a, b := -17, 5
	fmt.Println((a/b)*b+a%b == a)

	// Euclidean modulo for always-non-negative results.
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), mod(-3, 3))

	// Most negative value divided by -1 wraps (no panic).
	var m8 int8 = math.MinInt8
	var neg8 int8 = -1
	fmt.Println(m8/neg8, m8%neg8)
	m64 := int64(math.MinInt64)
	neg64 := int64(-1)
	fmt.Println(m64/neg64, m64%neg64)

	// Unsigned division.
	var u uint = 17
	fmt.Println(u/5, u%5)

	// Shifts vs division for negative numbers differ.
	n := -7
	fmt.Println(n/2, n>>1)

	// Float division and math.Mod / math.Remainder.
	fmt.Println(7.0/2, -7.0/2)
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))

	// Float division by zero gives infinities instead of panicking.
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)

	// Constant expressions are exact until converted.
	const c = 10 / 4
	const d = 10 / 4.0
	fmt.Println(c, d)

	// Integer division by a zero variable panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z := 0
		fmt.Println(1 / z)
	}()
}

// Output:
//   7 /  2 =  3     7 %  2 =  1
//  -7 /  2 = -3    -7 %  2 = -1
//   7 / -2 = -3     7 % -2 =  1
//  -7 / -2 =  3    -7 % -2 = -1
//   0 /  5 =  0     0 %  5 =  0
//   1 /  3 =  0     1 %  3 =  1
//  -1 /  3 =  0    -1 %  3 = -1
// true
// 2 1 0
// -128 0
// -9223372036854775808 0
// 3 2
// -3 -4
// 3.5 -3.5
// -1 1 1
// +Inf -Inf NaN
// 2 2.5
// recovered: runtime error: integer divide by zero
