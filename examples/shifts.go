// shifts.go: left and right shifts, arithmetic vs logical right shift, and shift counts >= the width.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x<<0, x<<1, x<<10, x<<62)
	s63, s64, s100 := 63, uint(64), uint8(100) // counts >= width shift everything out
	fmt.Println(x<<s63, x<<s64, x<<s100)

	var u8 uint8 = 0b1011_0001
	for _, s := range []uint{0, 1, 4, 7, 8, 9, 200} {
		fmt.Printf("u8<<%d=%08b u8>>%d=%08b\n", s, u8<<s, s, u8>>s)
	}

	// Signed right shift is arithmetic (sign-extending).
	var i8 int8 = -128
	for _, s := range []uint{1, 3, 7, 8, 100} {
		fmt.Println("-128 >>", s, "=", i8>>s)
	}
	n := -20
	fmt.Println(n>>1, n>>2, n>>63, n>>s64, n<<2)

	// Unsigned right shift fills with zeros.
	var u uint32 = 0x80000000
	s32 := 32
	fmt.Println(u>>31, u>>s32, u<<1)

	var i64 int64 = -1
	fmt.Println(i64>>63, uint64(i64)>>60, i64<<63)

	// Shift counts can be signed integers (Go 1.13+) as long as they are non-negative.
	var cnt int = 3
	fmt.Println(5<<cnt, 40>>cnt)

	// A negative shift count panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		neg := -1
		fmt.Println(1 << neg)
	}()

	// Bit tricks.
	v := 0b101100
	fmt.Println("lowest set bit:", v&-v, "clear lowest:", v&(v-1))
	fmt.Println("and-not:", 0b1111&^0b0101, "xor:", 6^3, "or:", 6|3)
	var mask uint16 = 1<<16 - 1
	fmt.Println(mask, ^mask, mask>>8)

	// Untyped constant shift takes its type from context.
	var f float64 = 1 << 10
	fmt.Println(f)
	var small uint8 = 1<<8 - 1
	fmt.Println(small)
}

// Output:
// 1 2 1024 4611686018427387904
// -9223372036854775808 0 0
// u8<<0=10110001 u8>>0=10110001
// u8<<1=01100010 u8>>1=01011000
// u8<<4=00010000 u8>>4=00001011
// u8<<7=10000000 u8>>7=00000001
// u8<<8=00000000 u8>>8=00000000
// u8<<9=00000000 u8>>9=00000000
// u8<<200=00000000 u8>>200=00000000
// -128 >> 1 = -64
// -128 >> 3 = -16
// -128 >> 7 = -1
// -128 >> 8 = -1
// -128 >> 100 = -1
// -10 -5 -1 -1 -80
// 1 0 0
// -1 15 -9223372036854775808
// 40 5
// recovered: runtime error: negative shift amount
// lowest set bit: 4 clear lowest: 40
// and-not: 10 xor: 5 or: 7
// 65535 0 255
// 1024
// 255
