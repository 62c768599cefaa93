// fmt_nil_values.go: how fmt prints nil values of each kind with %v, %#v, %T, %p, %d and %s.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

type Iface interface{ M() }

func main() {
	var ptr *T
	var slice []int
	var m map[string]int
	var fn func(int) int
	var iface Iface
	var empty interface{}
	var err error
	var bs []byte
	var ip *int
	var fnAny interface{} = fn // through an interface so vet accepts %#v and %p of a func

	fmt.Println(ptr, slice, m, fn == nil, iface, empty, err, bs, ip)
	fmt.Printf("%v %v %v %v %v %v\n", ptr, slice, m, iface, empty, err)
	fmt.Printf("%+v %+v %+v\n", ptr, slice, m)
	fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n%#v\n%#v\n", ptr, slice, m, fnAny, iface, err, bs)
	fmt.Printf("%T %T %T %T %T %T %T\n", ptr, slice, m, fn, iface, empty, err)

	// %p of nil pointers, slices, maps and funcs prints 0x0; of a nil interface it is a bad verb.
	fmt.Printf("%p %p %p %p %p\n", ptr, slice, m, fnAny, ip)
	fmt.Printf("%p\n", empty)
	fmt.Printf("%#p %#p\n", ptr, slice)

	// Other verbs on nil (wrong-verb cases go through interface{} values).
	var sliceAny, ptrAny interface{} = slice, ptr
	fmt.Printf("%d %s %x %q\n", slice, sliceAny, bs, bs)
	fmt.Printf("%s %d\n", ptrAny, ip)
	fmt.Printf("%s|%v|%d\n", empty, empty, empty)
	fmt.Printf("%t\n", empty)

	// Nil inside containers.
	fmt.Println([]*T{nil, nil}, []interface{}{nil, 1}, map[string]*T{"k": nil})
	fmt.Printf("%#v %#v\n", []*T{nil}, []error{nil})
	fmt.Println(struct {
		P *T
		S []int
		M map[int]int
		E error
		F func()
	}{})
	fmt.Printf("%+v\n", struct {
		P *T
		E error
	}{})

	// Typed nil in an interface is not a nil interface but still prints <nil>.
	var e2 error = (*myErr)(nil)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %#v\n", e2, e2)
	fmt.Println(errors.Unwrap(nil) == nil)

	// Nil error printed in Println and via %v inside Sprintf.
	fmt.Println("err:", err)
	fmt.Println(fmt.Sprintf("[%v]", err))
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

// Output:
// <nil> [] map[] true <nil> <nil> <nil> [] <nil>
// <nil> [] map[] <nil> <nil> <nil>
// <nil> [] map[]
// (*main.T)(nil)
// []int(nil)
// map[string]int(nil)
// (func(int) int)(nil)
// <nil>
// <nil>
// []byte(nil)
// *main.T []int map[string]int func(int) int <nil> <nil> <nil>
// 0x0 0x0 0x0 0x0 0x0
// %!p(<nil>)
// 0 0
// [] []  ""
// %!s(*main.T=<nil>) 0
// %!s(<nil>)|<nil>|%!d(<nil>)
// %!t(<nil>)
// [<nil> <nil>] [<nil> 1] map[k:<nil>]
// []*main.T{(*main.T)(nil)} []error{error(nil)}
// {<nil> [] map[] <nil> <nil>}
// {P:<nil> E:<nil>}
// false
// *main.myErr (*main.myErr)(nil)
// true
// err: <nil>
// [<nil>]
