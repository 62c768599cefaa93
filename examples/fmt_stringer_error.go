// fmt_stringer_error.go: fmt uses Error(), String(), GoString() and Format() methods; error wins over String.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) } // pointer receiver

type Both struct{}

func (Both) Error() string  { return "I am an error" }
func (Both) String() string { return "I am a stringer" }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Loud string

func (l Loud) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	s := strings.ToUpper(string(l))
	if f.Flag('+') {
		s += "!"
	}
	if hasW {
		s = fmt.Sprintf("%*s", w, s)
	}
	fmt.Fprintf(f, "<%c:%s>", verb, s)
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return n.name
}

func main() {
	t := Celsius(21.456)
	fmt.Println(t)
	var tAny interface{} = t // vet would reject %d for a Stringer with float kind
	fmt.Printf("%v %s %d %.2f %q\n", t, t, tAny, t, t)
	fmt.Println([]Celsius{1, 2.5})
	fmt.Println(map[string]Celsius{"in": 20, "out": -3})

	// String with a pointer receiver is only used for pointers.
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, []*Point{{3, 4}})

	// Error takes precedence over String.
	var b Both
	fmt.Println(b)
	fmt.Printf("%v %s\n", b, b)
	var err error = errors.New("plain error")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%x\n", err, err, err, err)

	// GoStringer is used by %#v only.
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v\n", s, s, s)
	fmt.Printf("%#v\n", []Secret{"a"})

	// Formatter handles all verbs itself.
	l := Loud("hey")
	fmt.Printf("%v %s %d %+v %6v\n", l, l, l, l, l)
	fmt.Println(l)

	// %T and %p are not affected by methods.
	fmt.Printf("%T %T\n", t, l)

	// A panicking String method is caught by fmt.
	fmt.Println(Panicky{})
	fmt.Printf("%s\n", Panicky{})

	// A nil pointer with a String method is still called if it handles nil.
	var ns *NilSafe
	fmt.Println(ns)
	fmt.Printf("%v %s\n", ns, &NilSafe{"named"})

	// Stringer inside a struct field is used with %v.
	type wrapper struct {
		Temp Celsius
		Err  error
	}
	fmt.Printf("%v %+v\n", wrapper{5, nil}, wrapper{6, errors.New("x")})
}

// Output:
// 21.5°C
// 21.5°C 21.5°C %!d(main.Celsius=21.456) 21.46 "21.5°C"
// [1.0°C 2.5°C]
// map[in:20.0°C out:-3.0°C]
// {1 2} P(1,2)
// {1 2} P(1,2) [P(3,4)]
// I am an error
// I am an error I am an error
// plain error
// plain error|plain error|"plain error"|706c61696e206572726f72
// *** *** Secret("***")
// []main.Secret{Secret("***")}
// <v:HEY> <s:HEY> <d:HEY> <v:HEY!> <v:   HEY>
// <v:HEY>
// main.Celsius main.Loud
// %!v(PANIC=String method: boom)
// %!s(PANIC=String method: boom)
// NilSafe(nil)
// NilSafe(nil) named
// {5.0°C <nil>} {Temp:6.0°C Err:x}
