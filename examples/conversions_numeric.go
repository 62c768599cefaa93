// conversions_numeric.go: conversions between integers, floats and complex numbers, truncation, NaN and Inf.
package main

import (
	"fmt"
	"math"
)

func main() {
	// Float to int truncates toward zero.
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10} {
		fmt.Println(f, "->", int(f), int64(f))
	}
	var f32 float32 = 16777217 // not representable: rounds to 16777216
	fmt.Println(f32, int32(f32))

	// Int to float.
	big := int64(1<<53 + 1)
	fmt.Println(float64(big), float32(big))
	fmt.Println(float64(7)/2, float64(7/2))

	// float64 <-> float32 rounding.
	d := 0.1
	fmt.Println(float32(d), float64(float32(d)))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
	fmt.Println(0.1+0.2 == 0.3) // constants: exact
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3) // variables: rounded

	// Special values.
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, math.Inf(-1))
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64, inf-inf)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(-inf, 0), 1/inf, -1/inf)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, 1/negZero, negZero == 0, math.Signbit(negZero))
	fmt.Printf("%v %.2f %e %g\n", inf, -inf, nan, float32(inf))

	// Complex numbers.
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	var c64 complex64 = complex64(c)
	fmt.Printf("%v %T\n", c64, c64)
	fmt.Println(complex(float32(1.5), 2), c*c, c/complex(0, 1))
	fmt.Println(complex(inf, nan))
	z := 2i
	fmt.Println(z*z, z == complex(0, 2))

	// Integer conversions between sizes.
	var i64 int64 = -1
	fmt.Println(uint8(i64), int16(i64), uint64(i64))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int64(u8), float64(u8))

	// Rounding helpers.
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5))
}

// Output:
// 2.9 -> 2 2
// -2.9 -> -2 -2
// 0.5 -> 0 0
// -0.5 -> 0 0
// 1e+10 -> 10000000000 10000000000
// 1.6777216e+07 16777216
// 9.007199254740992e+15 9.007199e+15
// 3.5 3
// 0.1 0.10000000149011612
// 0.3 0.3
// true
// false
// +Inf -Inf NaN -Inf
// false true false false true
// true true NaN
// true true 0 -0
// -0 -Inf true true
// +Inf -Inf NaN +Inf
// (3+4i) 3 4
// (3+4i) complex64
// (1.5+2i) (-7+24i) (4-3i)
// (+Inf+NaNi)
// (-4+0i) true
// 255 -1 18446744073709551615
// -1 255 255
// 3 -3 2 -2 -1 -1
