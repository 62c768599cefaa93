// recover_value_kinds.go: what recover returns for runtime errors, error values, Stringers and plain values, classified by a type switch.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Op struct{ name string }

func (o Op) String() string { return "Op<" + o.name + ">" }

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("error panic: %w", r)
		case fmt.Stringer:
			err = errors.New("stringer panic: " + r.String())
		default:
			err = fmt.Errorf("other panic: %v (%T)", r, r)
		}
	}()
	f()
	return nil
}

func main() {
	var arr []int
	var m map[string]int
	var p *Op
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { _ = arr[3] }))
	fmt.Println(try(func() { m["a"] = 1 }))
	fmt.Println(try(func() { fmt.Println(p.name) }))
	fmt.Println(try(func() { panic(Op{"add"}) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("%05.1f", 3.14159)) }))
	x := 0
	fmt.Println(try(func() { fmt.Println(10 / x) }))
	fmt.Println(try(func() { var i interface{} = "s"; _ = i.(int) }))
	fmt.Println(try(func() { a := make([]int, 2, 4); _ = a[1:5] }))
	err := try(func() { panic(os.ErrNotExist) })
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	var re interface{ RuntimeError() }
	err = try(func() { _ = arr[5] })
	fmt.Println(errors.As(err, &re))
	fmt.Println(try(func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) }))
	fmt.Println(try(func() { var f func(); f() }))
	fmt.Println(try(func() { ch := []int{1}; i := -1; _ = ch[i] }))
}

// Output:
// <nil>
// error panic: runtime error: index out of range [3] with length 0
// error panic: assignment to entry in nil map
// error panic: runtime error: invalid memory address or nil pointer dereference
// stringer panic: Op<add>
// other panic: 42 (int)
// other panic: 003.1 (string)
// error panic: runtime error: integer divide by zero
// error panic: interface conversion: interface {} is string, not int
// error panic: runtime error: slice bounds out of range [:5] with capacity 4
// error panic: file does not exist true
// true
// error panic: wrapped: inner
// error panic: runtime error: invalid memory address or nil pointer dereference
// error panic: runtime error: index out of range [-1]
