// math_limits.go: math constants and integer/float limits: Pi, E, MaxInt64, MinInt64, MaxUint32, MaxFloat64, SmallestNonzeroFloat64, Inf and NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.SqrtPi)

	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))

	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt64)

	// Constants are untyped and high precision.
	const bigPi = math.Pi * 1e20
	fmt.Println(bigPi)
	var f32 float32 = math.Pi
	fmt.Println(f32)

	// Overflowing float operations produce infinities.
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	tiny := math.SmallestNonzeroFloat64
	fmt.Println(tiny/2, tiny*0.5 == 0)

	inf := math.Inf(1)
	fmt.Println(inf+1, inf*0, -inf*-1, math.IsNaN(inf*0))
	nan := math.NaN()
	fmt.Println(nan+1, nan*0, math.Max(nan, 0), math.Float64bits(nan) != 0)

	// Checking whether an addition would overflow.
	addOK := func(a, b int64) (int64, bool) {
		c := a + b
		if (c > a) == (b > 0) {
			return c, true
		}
		return c, false
	}
	fmt.Println(addOK(math.MaxInt64-1, 1))
	fmt.Println(addOK(math.MaxInt64, 1))
	fmt.Println(addOK(math.MinInt64, -1))
	fmt.Println(addOK(-5, 3))

	// Epsilon for float64.
	eps := math.Nextafter(1, 2) - 1
	fmt.Println(eps, 1+eps/2 == 1)
}

// Output:
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.618033988749895
// 0.6931471805599453 1.4426950408889634 2.302585092994046 1.772453850905516
// 127 -128 255
// 32767 -32768 65535
// 2147483647 -2147483648 4294967295
// 9223372036854775807 -9223372036854775808 18446744073709551615
// 9223372036854775807 -9223372036854775808 18446744073709551615
// 3.4028234663852886e+38 1.401298464324817e-45
// 1.7976931348623157e+308 5e-324
// float64 int
// 3.1415926535897933e+20
// 3.1415927
// +Inf -Inf true
// 0 true
// +Inf NaN +Inf true
// NaN NaN NaN true
// 9223372036854775807 true
// -9223372036854775808 false
// 9223372036854775807 false
// -2 true
// 2.220446049250313e-16 true
