package main

// The empty interface spelled any is shown as any in messages, for the
// program's own types and fmt's, errors' and container/list's signatures.

import (
	"container/list"
	"errors"
	"fmt"
)

type Box struct{ V any }

func main() {
	var x any = 1
	var m map[string]any
	var s []any
	var b Box
	fmt.Printf("%T %T %T %T\n", x, m, s, b.V)
	var n int = m
	var k int = s
	var j int = b.V
	var f func(any) any
	var q int = f
	var r int = fmt.Println
	var t int = errors.As
	var u int = list.New().PushBack
	_, _, _, _, _, _, _ = n, k, j, q, r, t, u
}
