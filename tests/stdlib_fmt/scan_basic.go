// Sscan, Sscanln and Sscanf of the basic types, and their errors.
package main

import "fmt"

func main() {
	var i int
	var s string
	var f float64
	var b bool
	var u uint8
	var i8 int8
	var f32 float32
	var c complex128
	var r rune
	n, err := fmt.Sscan("42 hello 3.5 true 200 -7 2.5 (1+2i)", &i, &s, &f, &b, &u, &i8, &f32, &c)
	fmt.Println(n, err, i, s, f, b, u, i8, f32, c)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &u, &i8, &r, &f)
	fmt.Println(n, err, i, u, i8, r, f)
	n, err = fmt.Sscan("  \n\t 5   \n 6", &i, &r)
	fmt.Println(n, err, i, r)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("maybe", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("T F 1 0 TRUE False", &b, &b, &b, &b, &b, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12", &i, &s)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("+5 -0", &i, &f)
	fmt.Println(n, err, i, f)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("1.5e3 .5 -inf NaN 0x1p4 1p3", &f, &f32, &f, &f, &f, &f)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscan("3+4i", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("3", &c)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", i)
	fmt.Println(n, err)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs), bs)
	var ip *int
	n, err = fmt.Sscan("5", &ip)
	fmt.Println(n, err)
	var is []int
	n, err = fmt.Sscan("5", &is)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("héllo wörld", &s)
	fmt.Println(n, err, s)
	var u64 uint64
	var i64 int64
	n, err = fmt.Sscan("18446744073709551615 -9223372036854775808", &u64, &i64)
	fmt.Println(n, err, u64, i64)
	var i16 int16
	n, err = fmt.Sscan("40000", &i16)
	fmt.Println(n, err)
}

// Output:
// 8 <nil> 42 hello 3.5 true 200 -7 2.5 (1+2i)
// 5 <nil> 31 5 15 15 1000
// 2 <nil> 5 6
// 0 unsigned integer overflow on token 300 5
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// 0 strconv.ParseFloat: parsing "": invalid syntax
// 0 strconv.ParseFloat: parsing "1e400": value out of range
// 1 <nil> false
// 6 <nil> false
// 0 syntax error scanning boolean
// 1 EOF 12
// 0 EOF
// 0 EOF
// 0 EOF
// 0 strconv.ParseInt: parsing "0x": invalid syntax
// 2 <nil> 5 -0
// 0 expected integer 5
// 6 <nil> 8 0.5
// 1 <nil> (3+4i)
// 0 syntax error scanning complex number
// 0 type not a pointer: int
// 1 <nil> bytes! [98 121 116 101 115 33]
// 0 can't scan type: **int
// 0 can't scan type: *[]int
// 1 <nil> 1
// 1 <nil> héllo
// 2 <nil> 18446744073709551615 -9223372036854775808
// 0 integer overflow on token 40000
