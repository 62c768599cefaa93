// const_untyped.go: untyped constant arithmetic is exact, even with huge intermediate values.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const third = 1.0 / 3
const exactSum = third + third + third

const bigFloat = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Back)
	fmt.Println(1<<100>>98, (1<<62)*4/8)
	fmt.Println(exactSum == 1)
	fmt.Println(bigFloat)
	fmt.Println(Big / (1 << 90))
	var f float64 = Big
	fmt.Println(f)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", 1, 1.5, 'x', 2i)
	const c = 3 + 4i
	fmt.Println(real(c), imag(c), c*c)
	var u8 uint8 = 200 + 55
	fmt.Println(u8)
	const mask = ^uint32(0)
	fmt.Println(mask, ^0, -1<<3)
	fmt.Println(len([3]int{}), "const len of array")
}

// Output:
// 4
// 1
// 4 2305843009213693952
// true
// 1e+300
// 1024
// 1.2676506002282294e+30
// 3 3.5 3.5
// 98 b
// int float64 int32 complex128
// 3 4 (-7+24i)
// 255
// 4294967295 -1 -8
// 3 const len of array
