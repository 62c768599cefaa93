// math: special cases (NaN, ±Inf, ±0, domain errors) and typical values of
// the functions, the constants, and the bit conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
		math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	const big = math.MaxUint64 / 3
	fmt.Println(big, math.Pi*2, float32(math.Pi))

	nz := math.Copysign(0, -1)
	in, ni, nan := math.Inf(1), math.Inf(-1), math.NaN()
	xs := []float64{0, nz, 1, -1, 0.5, -0.5, 2, 10, -8, 1e-310, in, ni, nan}
	for _, x := range xs {
		fmt.Println(x, "|", math.Sqrt(x), math.Cbrt(x), math.Exp(x), math.Exp2(x), math.Expm1(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
		fmt.Println("  ", math.Sin(x), math.Cos(x), math.Tan(x), math.Asin(x), math.Acos(x), math.Atan(x), math.Sinh(x), math.Cosh(x), math.Tanh(x))
		fmt.Println("  ", math.Asinh(x), math.Acosh(x), math.Atanh(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		s, c := math.Sincos(x)
		fmt.Println("  ", fr, e, ip, fp, s, c, math.Logb(x), math.Ilogb(x), math.Gamma(x), math.Erf(x), math.Erfc(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(2, 10), math.Pow(2, -1074), math.Pow(2, -1075), math.Pow(0, -1), math.Pow(nz, -1), math.Pow(nz, -2),
		math.Pow(nz, 3), math.Pow(-1, in), math.Pow(0.5, in), math.Pow(2, ni), math.Pow(ni, 3), math.Pow(ni, -3), math.Pow(ni, 2), math.Pow(nan, 0),
		math.Pow(1, nan), math.Pow(-2, 0.5), math.Pow(4, -0.5), math.Pow(10, 308.5), math.Pow(1.0000001, 1e10), math.Pow(-3, 1e300), math.Pow(3, 1e300))
	fmt.Println(math.Atan2(0, -1), math.Atan2(nz, -1), math.Atan2(nz, 0), math.Atan2(0, nz), math.Atan2(1, 0), math.Atan2(in, in), math.Atan2(in, ni),
		math.Atan2(-1, ni), math.Atan2(1, in), math.Atan2(in, 1), math.Atan2(-1, -1), math.Atan2(nan, 1))
	fmt.Println(math.Hypot(3, 4), math.Hypot(in, nan), math.Hypot(nan, 1), math.Hypot(0, 0), math.Hypot(-5, 12), math.Hypot(1e300, 1e300))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(7, 0), math.Mod(in, 1), math.Mod(1, in), math.Mod(-4, 2), math.Mod(5.5, 1.25))
	fmt.Println(math.Remainder(7, 3), math.Remainder(-7, 3), math.Remainder(5, 2), math.Remainder(7, 2), math.Remainder(1, 0), math.Remainder(1, in), math.Remainder(-6, 3))
	fmt.Println(math.Max(1, 2), math.Max(nz, 0), math.Max(0, nz), math.Max(nan, in), math.Max(nan, 1), math.Min(nz, 0), math.Min(0, nz), math.Min(ni, nan), math.Min(1, nan))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Dim(in, in), math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.Copysign(3, -0.0), math.Copysign(3, nz))
	fmt.Println(math.Ldexp(0.5, 3), math.Ldexp(1, -1075), math.Ldexp(1, -1074), math.Ldexp(0.75, -1074), math.Ldexp(1, 1024), math.Ldexp(nz, 5), math.Ldexp(1, -100000), math.Ldexp(1, 100000))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(nan, 1), math.Nextafter32(1, 2), math.Nextafter32(0, 1))
	fmt.Println(math.Float64bits(1), math.Float64bits(nz), math.Float64frombits(0x4000000000000000), math.Float32bits(1), math.Float32frombits(0x40490fdb))
	fmt.Printf("%x %x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Sqrt(-1)), math.Float64bits(math.Log(-1)))
	for _, n := range []int{-400, -324, -323, -1, 0, 1, 22, 23, 308, 309} {
		fmt.Print(" ", math.Pow10(n))
	}
	fmt.Println()
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.RoundToEven(-0.5), math.Round(-0.4), math.Trunc(-3.7), math.Floor(-0.5), math.Ceil(-0.5))
	fmt.Println(math.Gamma(5), math.Gamma(0.5), math.Gamma(-1.5), math.Gamma(171), math.Gamma(172), math.Gamma(-171.5), math.Gamma(-3), math.Gamma(40.5), math.Gamma(-40.5))
	fmt.Println(math.Sin(1e20), math.Cos(1e20), math.Tan(1e20), math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/4))
	fmt.Println(math.Exp(709.7), math.Exp(709.8), math.Exp(-745), math.Exp(-746), math.Exp(1), math.Exp(-1), math.Log(math.E), math.Log(2), math.Log(1e-320))
}

// Output:
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069 1.618033988749895 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 1.7976931348623157e+308 5e-324 3.4028234663852886e+38 1.401298464324817e-45
// 9223372036854775807 -9223372036854775808 127 -128 32767 -32768 2147483647 -2147483648 9223372036854775807 -9223372036854775808 18446744073709551615 255 65535 4294967295 18446744073709551615
// 6148914691236517205 6.283185307179586 3.1415927
// 0 | 0 0 1 1 0 -Inf -Inf -Inf 0
//    0 1 0 0 1.5707963267948966 0 0 1 0
//    0 NaN 0 0 0 0 0 0 0
//    0 0 0 0 0 1 -Inf -2147483648 +Inf 0 1 false false false false false
// -0 | -0 -0 1 1 -0 -Inf -Inf -Inf -0
//    -0 1 -0 -0 1.5707963267948966 -0 -0 1 -0
//    -0 NaN -0 -0 -0 -0 -0 -0 0
//    -0 0 -0 -0 -0 1 -Inf -2147483648 -Inf -0 1 true false false false false
// 1 | 1 1 2.718281828459045 2 1.718281828459045 0 0 0 0.6931471805599453
//    0.8414709848078965 0.5403023058681398 1.557407724654902 1.5707963267948966 0 0.7853981633974483 1.1752011936438014 1.5430806348152437 0.7615941559557649
//    0.881373587019543 0 +Inf 1 1 1 1 1 1
//    0.5 1 1 0 0.8414709848078965 0.5403023058681398 0 0 1 0.8427007929497149 0.15729920705028513 false false false false false
// -1 | NaN -1 0.36787944117144233 0.5 -0.6321205588285577 NaN NaN NaN -Inf
//    -0.8414709848078965 0.5403023058681398 -1.557407724654902 -1.5707963267948966 3.141592653589793 -0.7853981633974483 -1.1752011936438014 1.5430806348152437 -0.7615941559557649
//    -0.881373587019543 NaN -Inf -1 -1 -1 -1 -1 1
//    -0.5 1 -1 -0 -0.8414709848078965 0.5403023058681398 0 0 NaN -0.8427007929497149 1.8427007929497148 true false false false false
// 0.5 | 0.7071067811865476 0.7937005259840997 1.6487212707001282 1.414213562373095 0.6487212707001282 -0.6931471805599453 -1 -0.3010299956639812 0.4054651081081644
//    0.479425538604203 0.8775825618903728 0.5463024898437905 0.5235987755982989 1.0471975511965976 0.4636476090008061 0.5210953054937474 1.1276259652063807 0.46211715726000974
//    0.48121182505960347 NaN 0.5493061443340548 0 1 0 1 0 0.5
//    0.5 0 0 0.5 0.479425538604203 0.8775825618903728 -1 -1 1.7724538509055159 0.5204998778130465 0.4795001221869535 false false false false false
// -0.5 | NaN -0.7937005259840997 0.6065306597126334 0.7071067811865475 -0.3934693402873666 NaN NaN NaN -0.6931471805599453
//    -0.479425538604203 0.8775825618903728 -0.5463024898437905 -0.5235987755982989 2.0943951023931957 -0.4636476090008061 -0.5210953054937474 1.1276259652063807 -0.46211715726000974
//    -0.48121182505960347 NaN -0.5493061443340548 -1 -0 -0 -1 -0 0.5
//    -0.5 0 -0 -0.5 -0.479425538604203 0.8775825618903728 -1 -1 -3.5449077018110318 -0.5204998778130465 1.5204998778130465 true false false false false
// 2 | 1.4142135623730951 1.2599210498948732 7.38905609893065 4 6.38905609893065 0.6931471805599453 1 0.3010299956639812 1.0986122886681096
//    0.9092974268256816 -0.4161468365471424 -2.185039863261519 NaN NaN 1.1071487177940904 3.626860407847019 3.7621956910836314 0.9640275800758169
//    1.4436354751788103 1.3169578969248166 NaN 2 2 2 2 2 2
//    0.5 2 2 0 0.9092974268256816 -0.4161468365471424 1 1 1 0.9953222650189527 0.004677734981047265 false false false false false
// 10 | 3.1622776601683795 2.154434690031884 22026.465794806718 1024 22025.465794806718 2.302585092994046 3.321928094887362 1 2.3978952727983707
//    -0.5440211108893699 -0.8390715290764524 0.6483608274590867 NaN NaN 1.4711276743037345 11013.232874703393 11013.232920103324 0.9999999958776927
//    2.99822295029797 2.993222846126381 NaN 10 10 10 10 10 10
//    0.625 4 10 0 -0.5440211108893699 -0.8390715290764524 3 3 362880 1 2.0884875837625446e-45 false false false false false
// -8 | NaN -2 0.0003354626279025118 0.00390625 -0.9996645373720975 NaN NaN NaN NaN
//    -0.9893582466233817 -0.14550003380861354 6.799711455220378 NaN NaN -1.446441332248135 -1490.4788257895502 1490.479161252178 -0.9999997749296758
//    -2.7764722807237177 NaN NaN -8 -8 -8 -8 -8 8
//    -0.5 4 -8 -0 -0.9893582466233817 -0.14550003380861354 3 3 NaN -1 2 true false false false false
// 1e-310 | 9.999999999999986e-156 4.641588833612774e-104 1 1 1e-310 -709.0850815488945 -1029.7977094150824 -307.9517381166022 1e-310
//    1e-310 1 1e-310 1e-310 1.5707963267948966 1e-310 1e-310 1 1e-310
//    1e-310 NaN 1e-310 0 1 0 0 0 1e-310
//    0.5752618031559393 -1029 0 1e-310 1e-310 1 -1030 -1030 +Inf 1.1283791670955e-310 1 false false false false false
// +Inf | +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf
//    NaN NaN NaN NaN NaN 1.5707963267948966 +Inf +Inf 1
//    +Inf +Inf NaN +Inf +Inf +Inf +Inf +Inf +Inf
//    +Inf 0 +Inf NaN NaN NaN +Inf 2147483647 +Inf 1 0 false false true true false
// -Inf | NaN -Inf 0 0 -1 NaN NaN NaN NaN
//    NaN NaN NaN NaN NaN -1.5707963267948966 -Inf +Inf -1
//    -Inf NaN NaN -Inf -Inf -Inf -Inf -Inf +Inf
//    -Inf 0 -Inf NaN NaN NaN +Inf 2147483647 NaN -1 2 true false true false true
// NaN | NaN NaN NaN NaN NaN NaN NaN NaN NaN
//    NaN NaN NaN NaN NaN NaN NaN NaN NaN
//    NaN NaN NaN NaN NaN NaN NaN NaN NaN
//    NaN 0 NaN NaN NaN NaN NaN 2147483647 NaN NaN NaN false true false false false
// NaN 1024 5e-324 0 +Inf -Inf +Inf -0 1 0 0 -Inf -0 +Inf 1 1 NaN 0.5 +Inf +Inf +Inf +Inf
// 3.141592653589793 -3.141592653589793 -0 3.141592653589793 1.5707963267948966 0.7853981633974483 2.356194490192345 -3.141592653589793 0 1.5707963267948966 -2.356194490192345 NaN
// 5 +Inf NaN 0 13 1.4142135623730952e+300
// 1 -1 1 NaN NaN 1 -0 0.5
// 1 -1 1 -1 NaN 1 -0
// 2 0 0 +Inf NaN -0 -0 -Inf NaN
// 2 0 NaN 10 5.551115123125783e-17 3 -3
// 4 0 5e-324 5e-324 +Inf -0 0 +Inf
// 1.0000000000000002 0.9999999999999999 -5e-324 NaN 1.0000001 1e-45
// 4607182418800017408 9223372036854775808 2 1065353216 3.1415927
// 7ff8000000000001 fff8000000000000 7ff8000000000001
//  0 0 1e-323 0.1 1 10 1e+22 1e+23 1e+308 +Inf
// 3 -3 2 4 -0 -0 -3 -1 -0
// 24 1.7724538509055159 2.363271801207355 7.257415615307999e+306 +Inf 1.9316265431712e-310 NaN 1.2860502482549913e+47 -6.031660822178509e-49
// -0.6452512852657808 0.7639704044417284 -0.8446024630198841 1.2246467991473515e-16 6.123233995736757e-17 1
// +Inf +Inf 5e-324 0 2.718281828459045 0.36787944117144233 1 0.6931471805599453 -709.0895657128236
