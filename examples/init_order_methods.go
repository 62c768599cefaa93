// init_order_methods.go: initialisers that reach variables through methods (x.m, T.m, calls in function bodies) run after them.
package main

import "fmt"

type T int

func (T) m() int  { return x }
func (*T) p() int { return y + 1 }

var t T
var a = t.m
var b = T.m
var c = (*T).p
var d = f()
var x = g(1)
var y = g(2)

func f() int { return t.p() }

var e = func() int { return t.m() }()

func g(i int) int { fmt.Println("init", i); return i }

func main() {
	fmt.Println(a(), b(t), c(&t), d, e)
}

// Output:
// init 1
// init 2
// 1 1 3 3 1
