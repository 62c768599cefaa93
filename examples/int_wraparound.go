// int_wraparound.go: fixed-size integers wrap around on overflow for every size, signed and unsigned.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)
	i8 = -128
	i8--
	fmt.Println("int8:", i8)
	var m8 int8 = -128
	fmt.Println("-(-128) int8:", -m8, m8*-1, m8/-1)

	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16:", i16)

	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println("int32:", i32)
	var r rune = math.MaxInt32
	r *= 2
	fmt.Println("rune*2:", r)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64:", i64)
	var n int = math.MinInt64
	n--
	fmt.Println("int:", n)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8:", u8)
	var b byte = 0
	b--
	fmt.Println("byte:", b)
	u8 = 200
	fmt.Println("uint8 200*2:", u8*2, "200+100:", u8+100)

	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16:", u16)

	var u32 uint32 = 0
	u32--
	fmt.Println("uint32:", u32)

	var u64 uint64 = math.MaxUint64
	u64++
	fmt.Println("uint64:", u64)
	u64 = 0
	u64 -= 1
	fmt.Println("uint64:", u64)

	var u uint = 0
	u--
	fmt.Println("uint:", u == math.MaxUint)

	var up uintptr = 0
	up--
	fmt.Println("uintptr:", up)

	// Multiplication overflow.
	var x32 int32 = 100000
	fmt.Println("int32 100000^2:", x32*x32)
	var x64 int64 = 1 << 62
	fmt.Println("int64 (1<<62)*4:", x64*4)
	var f uint32 = 0xdeadbeef
	fmt.Println("uint32 mul:", f*f)

	// Conversions truncate to the target size.
	big := 300
	big2 := 70000
	fmt.Println(uint8(big), int8(big), int16(big2), uint16(big*1000))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	v200, v3e9 := uint8(200), uint32(3000000000)
	fmt.Println(int8(v200), int32(v3e9))

	// Hash-style arithmetic relies on wraparound.
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a(hello):", h)

	// Unary minus and complement.
	var s8 int8 = 5
	var us8 uint8 = 5
	fmt.Println(-s8, ^s8, -us8, ^us8)
}

// Output:
// int8: -128
// int8: 127
// -(-128) int8: -128 -128 -128
// int16: -32767
// int32: -2147483648
// rune*2: -2
// int64: -9223372036854775808
// int: 9223372036854775807
// uint8: 0
// byte: 255
// uint8 200*2: 144 200+100: 44
// uint16: 9
// uint32: 4294967295
// uint64: 0
// uint64: 18446744073709551615
// uint: true
// uintptr: 18446744073709551615
// int32 100000^2: 1410065408
// int64 (1<<62)*4: 0
// uint32 mul: 560833313
// 44 44 4464 37856
// 255 65535 4294967295 18446744073709551615
// -56 -1294967296
// fnv32a(hello): 1335831723
// -5 -6 251 250
