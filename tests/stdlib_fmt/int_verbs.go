// Integer verbs for every integer size: %d %b %o %O %x %X %c %q %U and %v.
package main

import "fmt"

func main() {
	vals := []interface{}{int(42), int8(-8), int16(-300), int32(70000), int64(-1 << 40),
		uint(42), uint8(200), uint16(65535), uint32(4000000000), uint64(1<<64 - 1), uintptr(255)}
	for _, v := range vals {
		fmt.Printf("%T: %v %d %b %o %O %x %X\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%x %X %o %b\n", -255, -255, -8, -5)
	fmt.Printf("%#x %#X %#o %#b %#O\n", 255, 255, 8, 5, 8)
	fmt.Printf("%#x %#o %#b\n", 0, 0, 0)
	fmt.Printf("%c %c %c %c\n", 'A', 0x4E16, 0x1F600, -1)
	fmt.Printf("%q %q %q %q %+q %#q\n", 'x', '\n', 0x4E16, 0x110000, 0x4E16, 'y')
	fmt.Printf("%U %#U %#U %U %#U\n", 0x1F600, 'x', 0x4E16, -1, '\n')
	fmt.Printf("%.6U|%#.8U|%10U|%-10U|\n", 'a', 'b', 'c', 'd')
	fmt.Printf("%d %d\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%v %d\n", byte('a'), rune('a'))
	type myInt int
	type myUint uint16
	fmt.Printf("%v %d %x %#v %#v\n", myInt(-3), myInt(7), myUint(255), myInt(5), myUint(5))
	fmt.Printf("%#v %#v %#v\n", 42, uint(42), int8(-1))
	fmt.Println(int8(-128), uint8(255), int16(-32768), uint16(65535), int32(-2147483648), uint32(4294967295))
}

// Output:
// int: 42 42 101010 52 0o52 2a 2A
// int8: -8 -8 -1000 -10 -0o10 -8 -8
// int16: -300 -300 -100101100 -454 -0o454 -12c -12C
// int32: 70000 70000 10001000101110000 210560 0o210560 11170 11170
// int64: -1099511627776 -1099511627776 -10000000000000000000000000000000000000000 -20000000000000 -0o20000000000000 -10000000000 -10000000000
// uint: 42 42 101010 52 0o52 2a 2A
// uint8: 200 200 11001000 310 0o310 c8 C8
// uint16: 65535 65535 1111111111111111 177777 0o177777 ffff FFFF
// uint32: 4000000000 4000000000 11101110011010110010100000000000 35632624000 0o35632624000 ee6b2800 EE6B2800
// uint64: 18446744073709551615 18446744073709551615 1111111111111111111111111111111111111111111111111111111111111111 1777777777777777777777 0o1777777777777777777777 ffffffffffffffff FFFFFFFFFFFFFFFF
// uintptr: 255 255 11111111 377 0o377 ff FF
// -ff -FF -10 -101
// 0xff 0XFF 010 0b101 0o010
// 0x0 0 0b0
// A 世 😀 �
// 'x' '\n' '世' '�' '\u4e16' 'y'
// U+1F600 U+0078 'x' U+4E16 '世' U+FFFFFFFFFFFFFFFF U+000A
// U+000061|U+00000062 'b'|    U+0063|U+0064    |
// -9223372036854775808 18446744073709551615
// 97 97
// -3 7 ff 5 0x5
// 42 0x2a -1
// -128 255 -32768 65535 -2147483648 4294967295
