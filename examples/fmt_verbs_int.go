// fmt_verbs_int.go: integer verbs %d %b %o %O %x %X %c %q %U and %v on every integer type.
package main

import (
	"fmt"
	"math"
)

func main() {
	n := 2023
	fmt.Printf("%d %b %o %O %x %X\n", n, n, n, n, n, n)
	fmt.Printf("%#b %#o %#x %#X\n", n, n, n, n)
	m := -255
	fmt.Printf("%d %b %o %O %x %X %#x\n", m, m, m, m, m, m, m)

	r := 'G'
	fmt.Printf("%c %q %U %#U %d\n", r, r, r, r, r)
	fmt.Printf("%c %q %U %#U\n", 0x4E16, 0x4E16, 0x4E16, 0x4E16)
	fmt.Printf("%q %q %q %+q\n", '\n', '\'', '"', 'é')
	fmt.Printf("%c|%q|%U\n", -1, 0x110000, -1)

	fmt.Printf("%v %v %v %v %v\n", int8(-8), int16(-16), int32(-32), int64(-64), -1)
	fmt.Printf("%v %v %v %v %v %v\n", uint8(8), uint16(16), uint32(32), uint64(64), uint(1), uintptr(2))
	fmt.Printf("%d %x\n", uint64(math.MaxUint64), uint64(math.MaxUint64))
	fmt.Printf("%d %X\n", int64(math.MinInt64), int64(math.MinInt64))
	fmt.Printf("%b\n", int8(-128))

	// Byte values and byte slices.
	b := byte('A')
	fmt.Printf("%v %d %c %q %x\n", b, b, b, b, b)
	fmt.Printf("%d %v %x\n", []byte("hi"), []byte("hi"), []byte("hi"))

	// Integer verbs apply element-wise to slices, arrays and maps.
	fmt.Printf("%x %o %b\n", []int{10, 255}, [2]int{8, 9}, []uint8{1, 2})
	var mixed interface{} = map[string]int{"b": 2, "a": 1}
	fmt.Printf("%d\n", mixed) // keys are strings: bad verb for them
	fmt.Printf("%c\n", []rune("héllo"))
	fmt.Printf("%q\n", []rune("hé"))
	fmt.Printf("%U\n", []rune("ok"))

	// %v on named integer types and %T.
	type Code int
	fmt.Printf("%v %d %T\n", Code(7), Code(7), Code(7))
	fmt.Printf("%T %T %T %T\n", 'x', byte(1), uintptr(0), 1<<40)
}

// Output:
// 2023 11111100111 3747 0o3747 7e7 7E7
// 0b11111100111 03747 0x7e7 0X7E7
// -255 -11111111 -377 -0o377 -ff -FF -0xff
// G 'G' U+0047 U+0047 'G' 71
// 世 '世' U+4E16 U+4E16 '世'
// '\n' '\'' '"' '\u00e9'
// �|'�'|U+FFFFFFFFFFFFFFFF
// -8 -16 -32 -64 -1
// 8 16 32 64 1 2
// 18446744073709551615 ffffffffffffffff
// -9223372036854775808 -8000000000000000
// -10000000
// 65 65 A 'A' 41
// [104 105] [104 105] 6869
// [a ff] [10 11] [1 10]
// map[%!d(string=a):1 %!d(string=b):2]
// [h é l l o]
// ['h' 'é']
// [U+006F U+006B]
// 7 7 main.Code
// int32 uint8 uintptr int
