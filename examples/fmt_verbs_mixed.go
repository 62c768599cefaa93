package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("(%.1f,%.1f)", v.X, v.Y) }

type Temp float32

type Pair struct {
	K string
	V interface{}
}

type Wrapper struct {
	Inner *Vec
	List  []Vec
	Any   interface{}
	Fn    func()
	err   error
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, math.Pi)
	fmt.Printf("%6.2f|%-8.3e|%g|%G|%.3g|%10.4g\n", 3.14159, 12345.678, 1e-10, 2.5e30, 1234.5678, 0.000012345)
	fmt.Printf("%v %v %v %v %v\n", 1.0, 1e6, 1e20, 1e21, 123456789.123)
	fmt.Printf("%v %v %v\n", float32(0.1), float32(1)/3, 0.1+0.2)
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%v %s\n", Vec{1, 2}, []Vec{{1, 2}, {3, 4}})
	fmt.Printf("%v %+v\n", Pair{"a", 1}, Pair{"b", Vec{0, 1}})
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil, 2.5, true}, []int8{-1, 2})
	fmt.Printf("%x %X %o %b\n", []int{10, 255}, [2]uint{11, 12}, 8, -5)
	fmt.Printf("%q %v\n", []string{"a b", "c\"d"}, [3]bool{true})
	fmt.Printf("%08.3f|%+.2e|% .3f|%-10v|\n", -3.14159, 0.000123, 2.0, Vec{})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3.5)
	fmt.Printf("100%%\n")
	fmt.Printf("%v %v\n", Temp(36.6), math.Sqrt(-1))
	fmt.Printf("%.2f %.0f %.0f %.0f\n", 2.675, 0.5, 1.5, 2.5)
	fmt.Printf("%e %E\n", 0.0, math.Inf(-1))
	fmt.Printf("%6.2v|%.3v|%10v|\n", math.Pi, "abcdef", "r")
	fmt.Printf("%c%c%c\n", 72, 105, 0x1F600)
	fmt.Printf("%U %#U\n", 'x', '世')
	fmt.Printf("%x %#x %X % x\n", "go", "go", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%p\n", nil)
	w := Wrapper{List: []Vec{{1, 1}}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(strconv.Quote("tab\there\x00\u2028é"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<64-1, 2), strconv.FormatInt(35, 36))
	for _, s := range []string{"12", "-0x1f", "0b101", "1_000", "9223372036854775808", "abc", ""} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(v, err)
	}
	for _, s := range []string{"3.25", "1e400", "-inf", "NaN", "0x1p-2", ".5e1", "1,5"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(v, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "x")))
	fmt.Fprintf(os.Stdout, "%s has %d items costing %.2f total\n", "cart", 3, 29.99)
	str := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true)
	fmt.Println(str, len(str))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil, nil))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	var ip *int
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil))
	fmt.Printf("%v %d %s\n", ip, ip, e)
	fmt.Printf("%T %T %T %T %T %T\n", ip, e, w, 'x', 2+3i, [2]Vec{})
	fmt.Printf("%v %.2f\n", 2+3i, complex(1.5, -2))
	fmt.Printf("%6d|%-6d|%06d|%x|%X\n", -12, -12, -12, int64(-1), uint8(200))
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, []interface{}{1, "x"})
	fmt.Printf("%#v %#v\n", Vec{1, 2}, &Pair{"k", nil})
	fmt.Printf("%v\n", &[]int{1, 2})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]string{"x", "y"})
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%10.3s|%-10q|\n", "abcdef", "q")
	fmt.Printf("%+d %+d % d\n", 0, -3, -3)
	fmt.Printf("%.3d|%8.3d|%-8.3x|\n", 7, 7, 255)
	fmt.Printf("%#o %#b %#X\n", 8, 5, 255)
}

// Output:
// 2 1 2
//    42|7   |3.14
//   3.14|1.235e+04|1e-10|2.5E+30|1.23e+03| 1.234e-05
// 1 1e+06 1e+20 1e+21 1.23456789123e+08
// 0.1 0.33333334 0.3
// true false  true|
// (1.0,2.0) [(1.0,2.0) (3.0,4.0)]
// {a 1} {K:b V:(0.0,1.0)}
// [1 a <nil> 2.5 true] [-1 2]
// [a ff] [B C] 10 -101
// ["a b" "c\"d"] [true false false]
// -003.142|+1.23e-04| 2.000|(0.0,0.0) |
// %!d(string=str) %!s(int=12)
// %!d(MISSING)
// 1 2
// %!(EXTRA int=3)%!!(int=1)
// %!z(float64=3.5)
// 100%
// 36.6 NaN
// 2.67 0 2 2
// 0.000000e+00 -Inf
//    3.1|abc|         r|
// Hi😀
// U+0078 U+4E16 '世'
// 676f 0x676f 01AB 01 ab
// %!p(<nil>)
// {<nil> [(1.0,1.0)] <nil> <nil> <nil>}
// {Inner:<nil> List:[(1.0,1.0)] Any:<nil> Fn:<nil> err:<nil>}
// "tab\there\x00\u2028é" "h\u00e9llo" '☺'
// -45 -ff 1111111111111111111111111111111111111111111111111111111111111111 z
// 12 <nil>
// -31 <nil>
// 5 <nil>
// 1000 <nil>
// 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// 0 strconv.ParseInt: parsing "abc": invalid syntax
// 0 strconv.ParseInt: parsing "": invalid syntax
// 3.25 <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// -Inf <nil>
// NaN <nil>
// 0.25 <nil>
// 5 <nil>
// 0 strconv.ParseFloat: parsing "1,5": invalid syntax
// 255 strconv.ParseUint: parsing "300": value out of range
// a	bé <nil>
// invalid syntax
// [110 61 52 50] "x"
// cart has 3 items costing 29.99 total
// a1 2bc3.5 <nil> true 20
// x 1
//   <nil> <nil>
// 1 2
// ab
// <nil> <nil> [] map[]
// <nil> 0 %!s(<nil>)
// *int <nil> main.Wrapper int32 complex128 [2]main.Vec
// (2+3i) (1.50-2.00i)
//    -12|-12   |-00012|-1|C8
// 42 "s" 1.5 []interface {}{1, "x"}
// main.Vec{X:1, Y:2} &main.Pair{K:"k", V:interface {}(nil)}
// &[1 2]
// &map[a:1] &[x y]
// %!s(<nil>)
//        abc|"q"       |
// +0 -3 -3
// 007|     007|0ff     |
// 010 0b101 0XFF
