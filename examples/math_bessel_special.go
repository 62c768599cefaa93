// The Bessel functions' special cases, which goterp gives as Go does (its
// other results come from the C library and may differ from Go's in the
// last place, so they are not printed in full here).
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	for _, x := range []float64{0, inf, math.Inf(-1), nan, -2} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Y0(x), math.Y1(x))
	}
	for _, n := range []int{-3, -2, -1, 0, 1, 2, 7} {
		fmt.Println(n, math.Jn(n, 0), math.Yn(n, 0), math.Jn(n, inf), math.Yn(n, inf), math.Jn(n, nan), math.Yn(n, -1))
	}
	// Rounded, the values agree to far more digits than shown.
	fmt.Printf("%.12f %.12f %.12f %.12f\n", math.J0(2.5), math.J1(2.5), math.Y0(2.5), math.Y1(2.5))
	fmt.Printf("%.12f %.12f %.12g\n", math.Jn(5, 7.25), math.Yn(3, 0.75), math.Jn(-4, 30))
	// The first zero of J0, by bisection.
	a, b := 2.0, 3.0
	for i := 0; i < 60; i++ {
		m := (a + b) / 2
		if math.J0(a)*math.J0(m) <= 0 {
			b = m
		} else {
			a = m
		}
	}
	fmt.Printf("zero of J0 near %.10f\n", a)
}

// Output:
// 0 1 0 -Inf -Inf
// +Inf 0 0 0 0
// -Inf 0 0 NaN NaN
// NaN NaN NaN NaN NaN
// -2 0.22389077914123567 -0.5767248077568733 NaN NaN
// -3 0 +Inf 0 0 NaN NaN
// -2 0 -Inf 0 0 NaN NaN
// -1 0 +Inf 0 0 NaN NaN
// 0 1 -Inf 0 0 NaN NaN
// 1 0 -Inf 0 0 NaN NaN
// 2 0 -Inf 0 0 NaN NaN
// 7 0 -Inf 0 0 NaN NaN
// -0.048383776468 0.497094102464 0.498070359615 0.145918137967
// 0.320358073271 -12.987717623448 -0.0526090003213
// zero of J0 near 2.4048255577
