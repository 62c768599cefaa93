// String, Error and GoString methods: where fmt calls them and where it does not.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.N) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error %d", e.Code) }

// Both Error and String: Error wins.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type GoStr struct{ V int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr<%d>", g.V) }
func (g GoStr) String() string   { return "gostr" }

type holder struct {
	Pub  Color
	priv Color
	E    error
	e    error
	PS   PtrStringer
	PP   *PtrStringer
	Any  interface{}
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Names []string

func (n Names) String() string { return fmt.Sprintf("%d names", len(n)) }

type Wrapper struct {
	Color
}

func main() {
	fmt.Println(Color(1), Color(2))
	fmt.Printf("%v %s %d %q %x %X %5s|%-6v|%.2s\n", Color(0), Color(1), Color(2), Color(0), Color(1), Color(1), Color(0), Color(2), Color(1))
	fmt.Printf("%#v %+v %T\n", Color(1), Color(1), Color(1))
	fmt.Println(PtrStringer{5}, &PtrStringer{6})
	fmt.Println(MyErr{404}, &MyErr{500}, Both{})
	var e error = MyErr{1}
	fmt.Printf("%v %s %q %d %+v %#v\n", e, e, e, e, e, e)
	fmt.Printf("%v %s %#v %+v\n", GoStr{1}, GoStr{2}, GoStr{3}, GoStr{4})
	fmt.Printf("%#v\n", []GoStr{{1}, {2}})
	fmt.Printf("%#v\n", &GoStr{5})
	h := holder{1, 2, MyErr{3}, MyErr{4}, PtrStringer{5}, &PtrStringer{6}, Color(0)}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]Color{0, 1, 2}, map[Color]int{2: 1, 0: 2})
	fmt.Println(map[string]Color{"x": 1}, [2]Color{})
	fmt.Println(Celsius(21.55), []Celsius{1, 2})
	fmt.Printf("%v %.3f %s\n", Celsius(3), Celsius(3), Celsius(3))
	fmt.Println(Names{"a", "b"}, Names(nil))
	fmt.Printf("%v %d %s\n", Names{"x"}, Names{"x"}, Names{"x"})
	fmt.Println(Wrapper{2}, &Wrapper{1})
	fmt.Println(errors.New("plain"), []error{errors.New("e1"), MyErr{2}})
	fmt.Printf("%v %+v\n", struct{ C Color }{1}, struct{ c Color }{1})
	fmt.Printf("%v\n", struct{ I interface{} }{Color(2)})
	fmt.Printf("%v\n", struct{ i interface{} }{Color(2)})
	fmt.Printf("%v\n", []interface{}{Color(1), MyErr{9}, &PtrStringer{1}, PtrStringer{2}})
	fmt.Printf("%x %X\n", MyErr{10}, Color(2))
	fmt.Printf("%s\n", []fmt.Stringer{Color(0), Names{}})
	var np *PtrStringer
	fmt.Println(np)
}

// Output:
// green blue
// red green 2 "red" 677265656e 677265656E   red|blue  |gr
// 1 green main.Color
// {5} PS(6)
// error 404 error 500 as error
// error 1 error 1 "error 1" {1} error 1 main.MyErr{Code:1}
// gostr gostr GoStr<3> gostr
// []main.GoStr{GoStr<1>, GoStr<2>}
// GoStr<5>
// {green 2 error 3 {4} {5} PS(6) red}
// {Pub:green priv:2 E:error 3 e:{Code:4} PS:{N:5} PP:PS(6) Any:red}
// [red green blue] map[red:2 blue:1]
// map[x:green] [red red]
// 21.6°C [1.0°C 2.0°C]
// 3.0°C 3.000 3.0°C
// 2 names 0 names
// 1 names [%!d(string=x)] 1 names
// blue green
// plain [e1 error 2]
// {green} {c:1}
// {blue}
// {2}
// [green error 9 PS(1) {2}]
// 6572726f72203130 626C7565
// [red 0 names]
// <nil>
