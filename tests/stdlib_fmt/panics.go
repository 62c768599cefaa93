// Panics inside String, Error, GoString and Format methods, and nil receivers.
package main

import (
	"errors"
	"fmt"
)

type Bad struct{ msg string }

func (b Bad) String() string { panic(b.msg) }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("boom")) }

type NilOK struct{ n int }

func (p *NilOK) String() string {
	if p == nil {
		return "nil NilOK"
	}
	return fmt.Sprint("NilOK ", p.n)
}

type ValRecv struct{ n int }

func (v ValRecv) String() string { return fmt.Sprint("ValRecv ", v.n) }

type PtrPanics struct{ n int }

func (p *PtrPanics) String() string { return fmt.Sprint(p.n) }

type GoBad struct{}

func (GoBad) GoString() string { panic(42) }

type FmtBad struct{}

func (FmtBad) Format(f fmt.State, c rune) {
	f.Write([]byte("partial"))
	panic("format failed")
}

type Deep struct{ B Bad }

func main() {
	fmt.Println(Bad{"oops"})
	fmt.Printf("%s|%d|%v|%x\n", Bad{"a"}, Bad{"b"}, BadErr{}, BadErr{})
	fmt.Printf("[%10v]\n", Bad{"wide"})
	var n *NilOK
	fmt.Println(n, &NilOK{3})
	var v *ValRecv
	fmt.Println(v)
	fmt.Printf("%s|%v|%d\n", v, v, v)
	var pp *PtrPanics
	fmt.Println(pp)
	fmt.Printf("%#v\n", GoBad{})
	fmt.Println(FmtBad{})
	fmt.Println(Deep{Bad{"deep"}})
	fmt.Println([]Bad{{"x"}, {"y"}})
	s := fmt.Sprintf("%v and %v", Bad{"one"}, 7)
	fmt.Println(s)
	fmt.Println(fmt.Errorf("wrapped: %w", BadErr{}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Bad{"before"}, "ok")
		panic("real")
	}()
}

// Output:
// %!v(PANIC=String method: oops)
// %!s(PANIC=String method: a)|{%!d(string=b)}|%!v(PANIC=Error method: boom)|%!x(PANIC=Error method: boom)
// [%!v(PANIC=String method: wide)]
// nil NilOK NilOK 3
// <nil>
// <nil>|<nil>|0
// <nil>
// %!v(PANIC=GoString method: 42)
// partial%!v(PANIC=Format method: format failed)
// {%!v(PANIC=String method: deep)}
// [%!v(PANIC=String method: x) %!v(PANIC=String method: y)]
// %!v(PANIC=String method: one) and 7
// wrapped: %!v(PANIC=Error method: boom)
// %!v(PANIC=String method: before) ok
// recovered: real
