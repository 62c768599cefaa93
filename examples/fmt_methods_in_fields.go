// fmt_methods_in_fields.go: which String, Error, GoString and Format methods fmt calls, in fields (exported or not), slices and maps; argument indexes and bad verbs.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.n) }

type Pixel struct {
	X, Y  int
	C     Color
	c     Color
	Err   error
	inner *PtrStr
	Outer *PtrStr
}

type Celsius float64
type Wrapper struct{ T Celsius }
type errT struct{}

func (errT) Error() string { return "errT!" }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type GoStr struct{ a int }

func (g GoStr) GoString() string { return "GoStr!" }

type Formatted struct{}

func (Formatted) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c w=%d/%t p=%d/%t plus=%t minus=%t sharp=%t]", verb, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

func main() {
	p := Pixel{1, 2, 1, 2, errors.New("bad"), nil, &PtrStr{4}}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Println(Color(0), []Color{1, 2}, map[Color]int{2: 1, 0: 5})
	fmt.Println(PtrStr{5}, &PtrStr{6}, []*PtrStr{{7}})
	fmt.Printf("%d %s %q %x\n", Color(1), Color(1), Color(2), Color(2))
	fmt.Println(Wrapper{21.5}, Celsius(3))
	fmt.Println(errT{}, Both{}, []error{errT{}, nil})
	fmt.Printf("%v %#v %+v\n", GoStr{1}, GoStr{1}, GoStr{1})
	fmt.Printf("%v|%+8.3x|%-#s\n", Formatted{}, Formatted{}, Formatted{})
	var np *PtrStr
	fmt.Println(np)
	fmt.Printf("%s|%v|%d\n", np, []interface{}{np}, np == nil)
	type local struct {
		A interface{}
		B []interface{}
	}
	fmt.Printf("%v %+v\n", local{Color(2), []interface{}{Color(1), "s", 2}}, local{})
	fmt.Printf("%#v\n", local{1, nil})
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, [][]string{{"a"}, {}, nil})
	fmt.Printf("%q\n", []string{"a b", "c\td"})
	fmt.Printf("%5.1f|%-7.2e|%g|%g|%g\n", []float64{1, 2.25}, 1234.5678, 100000.0, 1000000.0, 1e-5)
	fmt.Printf("%v %v %v\n", float32(1)/3, 2.0/3, float32(16777216.0))
	fmt.Printf("%t %v\n", "notbool", struct{}{})
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%v %s\n", errors.New("x"), error(nil))
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 1, 2))
	fmt.Println(fmt.Sprintf("%[3]v", 1))
	fmt.Println(fmt.Sprintf("%.*f", 2, 3.14159))
	fmt.Println(fmt.Sprintf("%-10q|", "hi"), fmt.Sprintf("%#q", "back`tick"), fmt.Sprintf("%#q", "plain"))
	fmt.Println(fmt.Sprintf("%08b %o %#b", 5, -8, 5))
	fmt.Println(fmt.Sprintf("%x %X %#X", "héllo", []byte{0xde, 0xad}, 48879))
	fmt.Println(fmt.Sprintf("%c%c%c", 72, 105, 0x1F600))
	fmt.Println(fmt.Sprintf("%6.3v|%.0v|%#v|%#v", 3.14159, 2.5, 1.0, 1e6))
	fmt.Println(fmt.Sprintf("%+d %+d % d % d", 5, -5, 5, -5))
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3, errors.New("e"), 4))
	fmt.Println(fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprintln("a", 1))
}

// Output:
// {1 2 Green 2 bad <nil> PtrStr(4)}
// {X:1 Y:2 C:Green c:2 Err:bad inner:<nil> Outer:PtrStr(4)}
// Red [Green Blue] map[Red:5 Blue:1]
// {5} PtrStr(6) [PtrStr(7)]
// 1 Green "Blue" 426c7565
// {21.5} 3
// errT! as error [errT! <nil>]
// {1} GoStr! {a:1}
// F[v w=0/false p=0/false plus=false minus=false sharp=false]|F[x w=8/true p=3/true plus=true minus=false sharp=false]|F[s w=8/false p=3/false plus=false minus=true sharp=true]
// <nil>
// <nil>|[<nil>]|%!d(bool=true)
// {Blue [Green s 2]} {A:<nil> B:[]}
// main.local{A:1, B:[]interface {}(nil)}
// [[1 2] [3 4]] [[a] [] []]
// ["a b" "c\td"]
// [  1.0   2.2]|1.23e+03|100000|1e+06|1e-05
// 0.33333334 0.6666666666666666 1.6777216e+07
// %!t(string=notbool) {}
// %!s(int=42)
// %!d(float64=3.5)
// x %!s(<nil>)
// 2 1 2
// %!v(BADINDEX)
// 3.14
// "hi"      | "back`tick" `plain`
// 00000101 -10 0b101
// 68c3a96c6c6f DEAD 0XBEEF
// Hi😀
//   3.14|2|1|1e+06
// +5 -5  5 -5
// 1 2ab3 e 4
// ab 1 2 a 1
//
