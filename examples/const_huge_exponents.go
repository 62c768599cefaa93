// const_huge_exponents.go: float constants far beyond float64 (1e646456992) are kept to 512 bits, as gc keeps them.
package main

import "fmt"

const (
	huge  = 1e646456992
	big2  = 1e100001
	tiny  = 1e-100001
	ratio = huge / 1e646456990
	prod  = big2 * tiny
	neg   = -huge / huge
	hx    = 0x1p200000 / 0x1p199990
	back  = (big2 + 1) - big2
)

func main() {
	fmt.Println(ratio, prod, neg, hx, back)
	fmt.Println(huge > big2, tiny < 1e-100000, -huge < tiny, huge == huge*1)
	var f float64 = big2 / 1e100000
	fmt.Println(f, tiny*big2 == 1)
	var g float32 = 1e-646456991 * 1e646456992
	fmt.Println(g)
	fmt.Println(1e100001/3e100000, 2.5e-100000*4e100000)
}

// Output:
// 100 1 -1 1024 0
// true true true true
// 10 true
// 10
// 3.3333333333333335 10
