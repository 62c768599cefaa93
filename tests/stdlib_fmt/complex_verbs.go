// Complex numbers.
package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(1.5, -2)
	fmt.Println(c, complex64(c), complex(0, 0), complex(math.Inf(1), math.NaN()))
	fmt.Printf("%v %g %e %f %.2f %+.1f %8.2f %x\n", c, c, c, c, c, c, c, c)
	fmt.Printf("%#v %T %T\n", c, c, complex64(c))
	fmt.Printf("%d %s\n", c, c)
	fmt.Printf("[%10v] [%-12.1f] [%010.2f]\n", c, c, c)
	fmt.Printf("%v\n", []complex128{1, 1i, -1 - 1i})
}

// Output:
// (1.5-2i) (1.5-2i) (0+0i) (+Inf+NaNi)
// (1.5-2i) (1.5-2i) (1.500000e+00-2.000000e+00i) (1.500000-2.000000i) (1.50-2.00i) (+1.5-2.0i) (    1.50   -2.00i) (0x1.8p+00-0x1p+01i)
// (1.5-2i) complex128 complex64
// %!d(complex128=(1.5-2i)) %!s(complex128=(1.5-2i))
// [(       1.5        -2i)] [(1.5         -2.0        i)] [(0000001.50-000002.00i)]
// [(1+0i) (0+1i) (-1-1i)]
