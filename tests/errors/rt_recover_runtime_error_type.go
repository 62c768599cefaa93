package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: %T is error=%v: %v\n", name, r, ok, r)
		if ok && strings.HasPrefix(err.Error(), "runtime error: ") {
			fmt.Println("  runtime error")
		}
	}()
	f()
}

func main() {
	try("div", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("nilmap", func() {
		var m map[int]int
		m[1] = 2
	})
	try("assert", func() {
		var v interface{} = 1
		fmt.Println(v.(string))
	})
	try("user", func() { panic("plain") })
	try("nilptr", func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	})
}
