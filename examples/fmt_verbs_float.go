// fmt_verbs_float.go: floating-point and complex verbs %v %e %E %f %F %g %G %b %x with precision.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%v %e %E %f %F %g %G\n", x, x, x, x, x, x, x)
	fmt.Printf("%.2e %.0f %.3f %.3g %.10g\n", x, x, x, x, x)
	fmt.Printf("%b %x %X %.2x\n", 1.0, x, x, x)

	small := 0.000012345
	fmt.Printf("%v %e %f %g %.2g\n", small, small, small, small, small)
	huge := 1.5e300
	fmt.Printf("%v %e %g %G\n", huge, huge, huge, huge)
	fmt.Printf("%v %v %v %v\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v %v %v\n", 100.0, 2.0/3, -0.0)

	// Rounding half to even in the decimal representation.
	fmt.Printf("%.1f %.1f %.1f %.0f %.0f %.0f\n", 0.25, 0.35, 2.45, 0.5, 1.5, 2.5)

	// float32 values print with float32 precision.
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %T\n", f32, f32, f32, f32)
	fmt.Println(float32(1)/3, 1.0/3)

	// Special values with all verbs.
	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v %f %e %g %5.1f|\n", inf, inf, -inf, nan, nan)
	fmt.Printf("%+v %+f % f\n", inf, nan, inf)

	// %#g keeps trailing zeros and decimal point; %#.0f keeps the point.
	fmt.Printf("%g %#g %#.0f %#.3g\n", 2.0, 2.0, 3.0, 1.0)

	// Complex numbers.
	c := complex(1.5, -2.25)
	fmt.Printf("%v %.1f %e %g\n", c, c, c, c)
	fmt.Printf("%+.2f %8.2f|\n", c, c)
	fmt.Printf("%v %v\n", complex64(complex(1, 2)), complex(math.Inf(1), math.NaN()))

	// Constants.
	fmt.Printf("%.15f\n%.20f\n", math.Pi, math.E)
	fmt.Printf("%v %v %v\n", math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	var wrong interface{} = 3.5
	fmt.Printf("%d\n", wrong) // wrong verb for a float
}

// Output:
// 1234.5678 1.234568e+03 1.234568E+03 1234.567800 1234.567800 1234.5678 1234.5678
// 1.23e+03 1235 1234.568 1.23e+03 1234.5678
// 4503599627370496p-52 0x1.34a456d5cfaadp+10 0X1.34A456D5CFAADP+10 0x1.35p+10
// 1.2345e-05 1.234500e-05 0.000012 1.2345e-05 1.2e-05
// 1.5e+300 1.500000e+300 1.5e+300 1.5E+300
// 1e+20 1e+21 0.0001 1e-05
// 100 0.6666666666666666 0
// 0.2 0.3 2.5 0 2 2
// 0.1 0.1 0.1000000015 float32
// 0.33333334 0.3333333333333333
// +Inf +Inf -Inf NaN   NaN|
// +Inf +NaN  Inf
// 2 2.00000 3. 1.00
// (1.5-2.25i) (1.5-2.2i) (1.500000e+00-2.250000e+00i) (1.5-2.25i)
// (+1.50-2.25i) (    1.50   -2.25i)|
// (1+2i) (+Inf+NaNi)
// 3.141592653589793
// 2.71828182845904509080
// 1.7976931348623157e+308 5e-324 3.4028234663852886e+38
// %!d(float64=3.5)
