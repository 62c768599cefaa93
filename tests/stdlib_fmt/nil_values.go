// nil values of every kind with %v, %#v, %T, %d, %s.
package main

import "fmt"

type T struct{ A int }

type I interface{ M() }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var f func(int) string
	var c chan string
	var e error
	var i interface{}
	var ii I
	fmt.Println(p, s, m, f == nil, c, e, i, ii)
	fmt.Printf("%v|%v|%v|%v|%v|%v\n", p, s, m, c, e, i)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v|%#v|%#v\n", p, s, m, f, c, e, i)
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T|%T\n", p, s, m, f, c, e, i, ii)
	fmt.Printf("%d|%s|%x|%q|%t\n", nil, nil, nil, nil, nil)
	fmt.Printf("%d|%s|%d\n", p, s, m)
	fmt.Printf("[%5v] [%-6v] [%5T]\n", nil, nil, nil)
	fmt.Printf("%+v %#v\n", struct {
		P *T
		S []int
		M map[int]int
		E error
		I interface{}
		F func()
		C chan int
	}{}, struct {
		P *T
		S []int
		M map[int]int
	}{})
	fmt.Printf("%v %#v\n", []interface{}{nil, p, s}, []interface{}{nil, p})
	fmt.Printf("%v %#v\n", map[string]interface{}{"a": nil}, map[string]*T{"a": nil})
	fmt.Printf("%#v %#v\n", (*int)(nil), (**T)(nil))
	fmt.Printf("%v\n", [2]*T{})
	fmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint(p, nil))
}

// Output:
// <nil> [] map[] true <nil> <nil> <nil> <nil>
// <nil>|[]|map[]|<nil>|<nil>|<nil>
// (*main.T)(nil)|[]int(nil)|map[string]int(nil)|(func(int) string)(nil)|(chan string)(nil)|<nil>|<nil>
// *main.T|[]int|map[string]int|func(int) string|chan string|<nil>|<nil>|<nil>
// %!d(<nil>)|%!s(<nil>)|%!x(<nil>)|%!q(<nil>)|%!t(<nil>)
// 0|[]|map[]
// [<nil>] [<nil> ] [<nil>]
// {P:<nil> S:[] M:map[] E:<nil> I:<nil> F:<nil> C:<nil>} struct { P *main.T; S []int; M map[int]int }{P:(*main.T)(nil), S:[]int(nil), M:map[int]int(nil)}
// [<nil> <nil> []] []interface {}{interface {}(nil), (*main.T)(nil)}
// map[a:<nil>] map[string]*main.T{"a":(*main.T)(nil)}
// (*int)(nil) (**main.T)(nil)
// [<nil> <nil>]
// <nil> <nil> <nil> <nil> <nil>
