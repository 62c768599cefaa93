// const_iota_overflow.go: iota patterns (skips, shifts, paired constants), typed constants with String methods, wrap-around arithmetic.
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const big = 1 << 100

func main() {
	fmt.Println(Monday, Saturday, Weekday(3))
	fmt.Printf("%v %d %s\n", Friday, Friday, Sunday)
	fmt.Println(KB, MB, GB, TB, ByteSize(123456789))
	fmt.Println(Read, Write, Exec, All, All&^Write, Read|Exec)
	fmt.Printf("%03b %08b\n", All, ^All)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big>>98, big/(1<<90))
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	i32 += 10
	fmt.Println(i32)
	var u uint = 0
	u = u - 1
	fmt.Println(u)
	var i64 int64 = math.MinInt64
	fmt.Println(i64, -i64, i64-1)
	x := 1 << 62
	fmt.Println(x*4, x*2)
	var u16 uint16 = 65535
	fmt.Println(u16*u16, u16+1, u16<<4)
	fmt.Println(-7/2, -7%2, 7%-2, -7>>1, uint32(1)<<31)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	var f = 1e300
	fmt.Println(f*1e10, -f*1e10, int64(float64(1<<53)+1))
	const typed int16 = 1000
	fmt.Println(typed*30, int32(typed)*100)
	fmt.Printf("%T %T %T %T\n", 'a', 1.5, 2i, big>>90)
}

// Output:
// Mon Sat Wed
// Fri 5 Sun
// 1.00KB 1.00MB 1.00GB 1.00TB 117.74MB
// 1 2 4 7 5 5
// 111 11111000
// 0 0 1 10 3 30
// 4 1024
// -128
// 255
// -2147483639
// 18446744073709551615
// -9223372036854775808 -9223372036854775808 9223372036854775807
// 0 -9223372036854775808
// 1 0 65520
// -3 -1 1 -4 2147483648
// fnv: 1335831723
// 9223372036854775807 -9223372036854775808 4294967295
// +Inf -Inf 9007199254740992
// 30000 100000
// int32 float64 complex128 int
