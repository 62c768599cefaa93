// panic_runtime_errors.go: runtime errors are panics with error values that can be recovered and printed.
package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", err)
			var re interface{ RuntimeError() }
			fmt.Println("  is runtime error:", errors.As(err, &re))
		} else {
			fmt.Println(name+": no runtime error, got", r)
		}
	}()
	f()
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("index negative", func() { j := -1; _ = s[j+0] })
	arr := [4]int{}
	try("array index", func() { _ = arr[i] })
	try("slice bounds", func() { _ = s[1:i] })
	try("slice bounds inverted", func() { j := 2; k := 1; _ = s[j:k] })
	str := "hey"
	try("string index", func() { _ = str[i] })

	var m map[string]int
	try("nil map read is fine", func() { _ = m["x"]; panic("not a runtime error") })
	try("nil map write", func() { m["x"] = 1 })

	var p *Sq
	try("nil pointer", func() { _ = p.s })
	var fn func()
	try("nil func call", func() { fn() })

	zero := 0
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })

	var x interface{} = "a string"
	try("type assertion", func() { _ = x.(int) })
	var sh Shape
	try("assert nil interface", func() { _ = sh.(Sq) })
	var e interface{} = Sq{1}
	try("assert to interface", func() { _ = e.(fmt.Stringer) })
	try("method on nil interface", func() { _ = sh.Area() })

	n := -1
	try("make negative len", func() { _ = make([]int, n) })
	try("custom error panic", func() { panic(errors.New("custom")) })
}

// Output:
// index: runtime error: index out of range [5] with length 3
//   is runtime error: true
// index negative: runtime error: index out of range [-1]
//   is runtime error: true
// array index: runtime error: index out of range [5] with length 4
//   is runtime error: true
// slice bounds: runtime error: slice bounds out of range [:5] with capacity 3
//   is runtime error: true
// slice bounds inverted: runtime error: slice bounds out of range [2:1]
//   is runtime error: true
// string index: runtime error: index out of range [5] with length 3
//   is runtime error: true
// nil map read is fine: no runtime error, got not a runtime error
// nil map write: assignment to entry in nil map
//   is runtime error: true
// nil pointer: runtime error: invalid memory address or nil pointer dereference
//   is runtime error: true
// nil func call: runtime error: invalid memory address or nil pointer dereference
//   is runtime error: true
// divide: runtime error: integer divide by zero
//   is runtime error: true
// modulo: runtime error: integer divide by zero
//   is runtime error: true
// type assertion: interface conversion: interface {} is string, not int
//   is runtime error: true
// assert nil interface: interface conversion: main.Shape is nil, not main.Sq
//   is runtime error: true
// assert to interface: interface conversion: main.Sq is not fmt.Stringer: missing method String
//   is runtime error: true
// method on nil interface: runtime error: invalid memory address or nil pointer dereference
//   is runtime error: true
// make negative len: runtime error: makeslice: len out of range
//   is runtime error: true
// custom error panic: custom
//   is runtime error: false
