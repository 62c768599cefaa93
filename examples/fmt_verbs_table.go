// fmt_verbs_table.go: fmt verbs on structs, maps, pointers, nested slices and named types; flags, widths, argument indexes and the bad-verb forms.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	Any   interface{}
	err   error
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair [2]interface{}

func main() {
	p := Point{3, -4}
	pp := &p
	n := Named{"widget", []string{"a", "b c"}, map[string]int{"z": 1, "a": 2}, pp, 42, errors.New("boom")}
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T %T %T %T\n", p, pp, n.Attrs, n.Any)
	fmt.Printf("%v\n", n.Attrs)
	fmt.Printf("%#v\n", n.Attrs)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%q\n", n.Tags)
	fmt.Printf("%x %X\n", "hello", []byte("hi"))
	fmt.Printf("% x|% X|%#x\n", "abc", []byte{1, 171}, "abc")
	fmt.Printf("%U %#U %c %q\n", '世', 'é', 0x1F600, 'x')
	fmt.Printf("|%-10s|%10s|%.2s|%-8q|\n", "left", "right", "truncate", "q")
	fmt.Printf("|%6.2f|%-8.3f|%+d|% d|%08.3f|%x|\n", 3.14159, 2.0, 5, 7, -3.5, 255)
	fmt.Printf("|%5t|%-7t|\n", true, false)
	fmt.Printf("|%o|%#o|%O|%b|%#b|\n", 8, 8, 8, 5, 5)
	fmt.Printf("%v %v\n", Celsius(21.55), []Celsius{1, -2.25})
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil, 2.5, Point{1, 2}, []int{5, 6}}, []int8{-1, 2})
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil, {3}})
	fmt.Printf("%#v\n", [][]int{{1, 2}, {}, nil})
	fmt.Printf("%v\n", map[Point]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"})
	fmt.Printf("%#v\n", Pair{1, "x"})
	fmt.Printf("%#v\n", Celsius(3))
	fmt.Printf("%#v %#v %#v\n", int64(-5), uint8(200), "s\t")
	fmt.Printf("%#v\n", []interface{}{nil, true, 3.0, float32(2.5)})
	fmt.Printf("%v %+v\n", n.err, n.err)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%6.3v|%.0f|%.1e|%G\n", 3.14159265, 2.5, 123456.789, 1e-7)
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("bytes"))
	fmt.Printf("%p\n", nil)
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%v\n", struct {
		A int
		B string
		C []float64
	}{1, "two", []float64{3}})
	fmt.Printf("%v\n", &n.Tags)
	fmt.Printf("%v\n", &n.Attrs)
	fmt.Printf("%08b %016b\n", byte(13), uint16(0xBEEF))
	fmt.Printf("%x %X %#X\n", -255, uint64(1<<63), 3054)
	fmt.Printf("%10.4q|%-10x|\n", "abcdefg", "hi")
	fmt.Printf("%c|%c|%c\n", 65, 0x4E16, -1)
	fmt.Printf("%q %+q %#q\n", "héllo\n", "héllo", "back`tick")
	fmt.Printf("%5.1f%%\n", 99.44)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, Point{})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}

// Output:
// [a b c]
// {X:3 Y:-4}
// main.Point{X:3, Y:-4}
// main.Point *main.Point map[string]int int
// map[a:2 z:1]
// map[string]int{"a":2, "z":1}
// []string{"a", "b c"}
// ["a" "b c"]
// 68656c6c6f 6869
// 61 62 63|01 AB|0x616263
// U+4E16 U+00E9 'é' 😀 'x'
// |left      |     right|tr|"q"     |
// |  3.14|2.000   |+5| 7|-003.500|ff|
// | true|false  |
// |10|010|0o10|101|0b101|
// 21.6°C [1.0°C -2.2°C]
// [1 a <nil> 2.5 {1 2} [5 6]] [-1 2]
// [[1 2] [] [] [3]]
// [][]int{[]int{1, 2}, []int{}, []int(nil)}
// map[{0 5}:b {1 0}:c {1 2}:a]
// main.Pair{1, "x"}
// 3
// -5 0xc8 "s\t"
// []interface {}{interface {}(nil), true, 3, 2.5}
// boom boom
// %!d(string=str) %!s(int=42)
// %!d(MISSING)
// 1 2
// %!(EXTRA int=3)%!!(int=1)
//    42|7   |3.14
// 20 10 20
//   3.14|2|1.2e+05|1E-07
// bytes
// [98 121 116 101 115]
// %!p(<nil>)
// <nil> <nil>
// {1 two [3]}
// &[a b c]
// &map[a:2 z:1]
// 00001101 1011111011101111
// -ff 8000000000000000 0XBEE
//     "abcd"|6869      |
// A|世|�
// "héllo\n" "h\u00e9llo" "back`tick"
//  99.4%
// a1 2bc3 <nil> {0 0} 19
// x 1
// |
