// math_funcs.go: common math package functions: Sqrt, Pow, Abs, Floor/Ceil/Trunc/Round, Min/Max, trig, logs, Hypot, Mod, Modf, Frexp.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Cbrt(27), math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.5), math.Abs(math.Inf(-1)))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(3.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))

	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))

	fmt.Println(math.Exp(0), math.Log(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000))
	fmt.Printf("%.10f %.10f\n", math.Expm1(1e-10), math.Log1p(1e-10))

	fmt.Println(math.Hypot(3, 4), math.Mod(10, 3), math.Mod(-10, 3), math.Remainder(10, 3))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	ip, frac = math.Modf(-3.75)
	fmt.Println(ip, frac)
	mant, exp := math.Frexp(8)
	fmt.Println(mant, exp, math.Ldexp(0.5, 4))

	fmt.Println(math.Signbit(-1), math.Signbit(1), math.Copysign(3, -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.Float32frombits(0x40400000))
	huge := 1e308
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.IsInf(huge*10, 1))
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52))
	fmt.Println(math.Gamma(5), math.Erf(0))

	// Distance between two points and compound interest.
	dist := func(x1, y1, x2, y2 float64) float64 { return math.Hypot(x2-x1, y2-y1) }
	fmt.Printf("%.4f\n", dist(1, 1, 4, 5))
	fmt.Printf("%.2f\n", 1000*math.Pow(1+0.05/12, 12*10))

	// Integer square root via float and correction.
	isqrt := func(n int) int {
		r := int(math.Sqrt(float64(n)))
		for r*r > n {
			r--
		}
		for (r+1)*(r+1) <= n {
			r++
		}
		return r
	}
	fmt.Println(isqrt(99), isqrt(100), isqrt(1<<40))
}

// Output:
// 1.4142135623730951 12 NaN
// 3 1024 0.5 1 NaN
// 3.5 +Inf
// 2 3 -2 -3 4
// 7 3 NaN 0
// 2 0
// 0.500000 0.500000 1.000000
// 1.570796 1.570796 0.785398 -2.356194
// 1.175201 1.543081 0.761594
// 1 0 1 10 -3
// -Inf NaN +Inf
// 0.0000000001 0.0000000001
// 5 1 -1 1
// 3 0.75
// -3 -0.75
// 0.5 4 8
// true false -3
// 4607182418800017408 2
// 1065353216 3
// true true true
// true
// 24 0
// 5.0000
// 1647.01
// 9 10 1048576
