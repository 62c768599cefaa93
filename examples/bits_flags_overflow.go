package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Sticky
)

func (p Perm) String() string {
	s := ""
	names := []string{"r", "w", "x", "t"}
	for i, n := range names {
		if p&(1<<uint(i)) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

func main() {
	for _, v := range []uint64{0, 1, 255, 1 << 63, 0xdeadbeef, ^uint64(0)} {
		fmt.Printf("%#x has %d bits, %b\n", v, popcount(v), v&0xff)
	}
	fmt.Printf("%032b\n%032b\n", uint32(6), reverseBits(6))
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap:", u8, u8+2, u8*u8)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println("int32:", i32)
	var i64 int64 = 9223372036854775807
	i64 += 1
	fmt.Println("int64:", i64, i64/-1, i64%-1)
	x := -7
	fmt.Println(x/2, x%2, x>>1, uint(x)>>60, x&3, x|8, x^-1, x&^5)
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(15), Perm(0))
	fmt.Printf("%v %d %s %x %08b\n", p, p, p|Sticky, p, p)
	var shift uint = 70
	one, ones := int64(1), uint16(0xffff)
	fmt.Println(1<<shift == 0, one<<63, ones<<4, int16(-32768)>>15, one<<(shift-7))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv=%d %#08x %X\n", h, h, h)
	fmt.Printf("%o %O %#o %c %U %q\n", 64, 64, 64, 0x4e16, 0x4e16, 0x4e16)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X]\n", 42, 42, -42, 42, 42, -255, "Hi")
}

// Output:
// 0x0 has 0 bits, 0
// 0x1 has 1 bits, 1
// 0xff has 8 bits, 11111111
// 0x8000000000000000 has 1 bits, 0
// 0xdeadbeef has 24 bits, 11101111
// 0xffffffffffffffff has 64 bits, 11111111
// 00000000000000000000000000000110
// 01100000000000000000000000000000
// int8 wrap: -128 -128 127
// uint8 wrap: 255 1 1
// int32: 0
// int64: -9223372036854775808 -9223372036854775808 0
// -3 -1 -4 15 1 -7 6 -8
// r-x- rwx- --x- rwxt ----
// r-x- 5 r-xt 722d782d 00000101
// true -9223372036854775808 65520 -1 -9223372036854775808
// fnv=1335831723 0x4f9f2cab 4F9F2CAB
// 100 0o100 0100 世 U+4E16 '世'
// [   42] [42   ] [-0042] [+42] [ 42] [-ff] [4869]
