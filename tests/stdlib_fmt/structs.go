// Structs with %v, %+v, %#v: nesting, embedding, unexported fields, anonymous structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	tags []string
}

type Base struct {
	ID int
}

type Outer struct {
	Base
	*Point
	In    Inner
	Any   interface{}
	Err   error
	m     map[string]int
	f     float64
	_     int
	Bytes []byte
}

type empty struct{}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	o := Outer{Base{7}, &Point{3, 4}, Inner{"in", []string{"a", "b"}}, 42, nil, map[string]int{"z": 1, "a": 2}, 1.5, 0, []byte("hi")}
	s := fmt.Sprintf("%v", o)
	fmt.Println(s[:7], s[len(s)-48:])
	o.Point = nil
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v %+v %#v\n", empty{}, empty{}, empty{})
	anon := struct {
		A int
		b string
	}{1, "x"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	fmt.Printf("%v\n", struct{}{})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", [2]Point{})
	fmt.Printf("%+v\n", []Point{{1, 2}})
	fmt.Printf("%#v\n", map[Point]string{{1, 2}: "a"})
	fmt.Printf("%v\n", struct{ A, B interface{} }{nil, []int(nil)})
	fmt.Printf("%#v\n", struct{ A, B interface{} }{nil, []int(nil)})
	fmt.Printf("%#v\n", struct{ E error }{})
	fmt.Printf("%d\n", Point{10, 11})
	fmt.Printf("%x %X %o\n", Point{10, 11}, Point{255, 16}, Point{8, 9})
	fmt.Printf("%5d|%-4v|%04d\n", Point{1, 2}, Point{3, 4}, Point{5, 6})
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%q\n", Inner{"n", []string{"t"}})
	type withArr struct {
		A [2]bool
		S []float64
		C complex128
		R rune
		U uint8
	}
	w := withArr{[2]bool{true, false}, []float64{1.5, 2}, 1 + 2i, 'x', 7}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
}

// Output:
// {1 2} {X:1 Y:2} main.Point{X:1, Y:2} main.Point
// {{7} 0x in [a b]} 42 <nil> map[a:2 z:1] 1.5 0 [104 105]}
// {{7} <nil> {in [a b]} 42 <nil> map[a:2 z:1] 1.5 0 [104 105]}
// {Base:{ID:7} Point:<nil> In:{Name:in tags:[a b]} Any:42 Err:<nil> m:map[a:2 z:1] f:1.5 _:0 Bytes:[104 105]}
// main.Outer{Base:main.Base{ID:7}, Point:(*main.Point)(nil), In:main.Inner{Name:"in", tags:[]string{"a", "b"}}, Any:42, Err:error(nil), m:map[string]int{"a":2, "z":1}, f:1.5, _:0, Bytes:[]uint8{0x68, 0x69}}
// {} {} main.empty{}
// {1 x} {A:1 b:x} struct { A int; b string }{A:1, b:"x"} struct { A int; b string }
// {}
// struct {}{}
// []main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}
// [2]main.Point{main.Point{X:0, Y:0}, main.Point{X:0, Y:0}}
// [{X:1 Y:2}]
// map[main.Point]string{main.Point{X:1, Y:2}:"a"}
// {<nil> []}
// struct { A interface {}; B interface {} }{A:interface {}(nil), B:[]int(nil)}
// struct { E error }{E:error(nil)}
// {10 11}
// {a b} {FF 10} {10 11}
// {    1     2}|{3    4   }|{0005 0006}
// {%!s(int=1) %!s(int=2)}
// {"n" ["t"]}
// {[true false] [1.5 2] (1+2i) 120 7}
// {A:[true false] S:[1.5 2] C:(1+2i) R:120 U:7}
// main.withArr{A:[2]bool{true, false}, S:[]float64{1.5, 2}, C:(1+2i), R:120, U:0x7}
