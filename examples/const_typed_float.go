// const_typed_float.go: a typed float constant holds its value rounded to its type; untyped ones stay exact.
package main

import "fmt"

const big = 1 << 100

const (
	f64     float64 = big
	f64less float64 = big - 1
	f32     float32 = 1.0000001
	third   float32 = 1.0 / 3
)

func main() {
	fmt.Println(f64 == f64less, big == big-1)
	fmt.Println(f32 == 1.0000001, f32 == 1)
	fmt.Println(third*3 == 1, float64(third) == 1.0/3)
	const exact = 1.0 / 3
	fmt.Println(exact*3 == 1)
}

// Output:
// true false
// true false
// true false
// true
