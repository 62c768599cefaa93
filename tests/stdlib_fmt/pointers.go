// Pointers: %p, &{...} at the top level, addresses deeper down, nil pointers.
package main

import (
	"fmt"
	"strings"
)

type T struct {
	A int
	B string
}

type Node struct {
	V    int
	Next *Node
}

func isAddr(s string) bool {
	return strings.HasPrefix(s, "0x") && len(s) > 2
}

func main() {
	t := &T{1, "x"}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t)
	arr := &[2]int{1, 2}
	sl := &[]string{"a"}
	m := &map[string]int{"k": 1}
	fmt.Println(arr, sl, m)
	fmt.Printf("%v %+v %d %x\n", arr, sl, arr, sl)
	n := &Node{1, &Node{2, nil}}
	s := fmt.Sprint(n)
	fmt.Println(strings.HasPrefix(s, "&{1 0x"), strings.HasSuffix(s, "}"))
	fmt.Println(isAddr(fmt.Sprintf("%p", t)), isAddr(fmt.Sprintf("%v", &n.V)))
	fmt.Println(fmt.Sprintf("%p", t) == fmt.Sprintf("%p", t), fmt.Sprintf("%p", t) == fmt.Sprintf("%v", &t.A))
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%#p", t), "c") || !strings.HasPrefix(fmt.Sprintf("%#p", t), "0x"))
	ip := new(int)
	fmt.Println(isAddr(fmt.Sprint(ip)), isAddr(fmt.Sprintf("%p", []int{1})), isAddr(fmt.Sprintf("%p", map[int]int{})))
	var np *T
	var nip *int
	fmt.Printf("%v %+v %p %d %s\n", np, nip, np, np, nip)
	fmt.Printf("%#v %#v %#p\n", np, nip, np)
	fmt.Printf("[%10v] [%-10v] [%10p]\n", np, nip, nip)
	fmt.Println(np, nip)
	var ns []int
	var nm map[string]int
	var nf func()
	var nc chan int
	fmt.Printf("%p %p %p %p\n", ns, nm, nf, nc)
	fmt.Printf("%v %v %v %v\n", ns, nm, nf == nil, nc)
	fmt.Printf("%#v %#v %#v %#v\n", ns, nm, nf, nc)
	fmt.Printf("%p %t\n", 5, np)
	pp := &t
	fmt.Println(isAddr(fmt.Sprint(pp)))
	fmt.Printf("%s\n", t)
	fmt.Printf("%d\n", &T{3, "y"})
	fmt.Printf("%x\n", &[]byte{1, 2})
	fmt.Printf("%v\n", &[]interface{}{1, "a", nil})
	fmt.Printf("%v %v\n", []*int{nil}, map[string]*T{"a": nil})
	fmt.Printf("%+v\n", struct{ P *T }{nil})
	fmt.Printf("%#v\n", struct{ P *T }{nil})
}

// Output:
// &{1 x} &{A:1 B:x}
// &main.T{A:1, B:"x"}
// &[1 2] &[a] &map[k:1]
// &[1 2] &[a] &[1 2] &[61]
// true true
// true true
// true true
// true
// true true true
// <nil> <nil> 0x0 0 %!s(*int=<nil>)
// (*main.T)(nil) (*int)(nil) 0
// [     <nil>] [<nil>     ] [       0x0]
// <nil> <nil>
// 0x0 0x0 0x0 0x0
// [] map[] true <nil>
// []int(nil) map[string]int(nil) (func())(nil) (chan int)(nil)
// %!p(int=5) %!t(*main.T=<nil>)
// true
// &{%!s(int=1) x}
// &{3 %!d(string=y)}
// &0102
// &[1 a <nil>]
// [<nil>] map[a:<nil>]
// {P:<nil>}
// struct { P *main.T }{P:(*main.T)(nil)}
