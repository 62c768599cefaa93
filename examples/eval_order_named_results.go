// eval_order_named_results.go: conversion between struct types, embedded pointer method values, evaluation order of composite literals, named results changed by defer, MinInt64/-1, big shifts.
package main

import (
	"fmt"
	"math"
)

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

type Base struct{ id int }

func (b *Base) ID() int     { return b.id }
func (b Base) Describe() string { return fmt.Sprint("base#", b.id) }

type Derived struct {
	*Base
	name string
}

type Describer interface{ Describe() string }

func trace(name string, v int) int {
	fmt.Print(name, "=", v, " ")
	return v
}

func named() (x int, err error) {
	defer func() {
		if x > 10 {
			x = 10
			err = fmt.Errorf("clamped")
		}
	}()
	x = 42
	return x * 2, nil
}

func variadic(prefix string, args ...interface{}) string {
	return fmt.Sprint(prefix, len(args), args == nil, args)
}

func main() {
	c := Celsius{100}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c, k)
	d := Derived{&Base{7}, "d"}
	fmt.Println(d.ID(), d.Describe())
	var ds Describer = d
	fmt.Println(ds.Describe())
	f := d.ID
	d.Base = &Base{8}
	fmt.Println(f(), d.ID())
	arr := []int{trace("a", 1), trace("b", 2)}
	m := map[int]int{trace("k1", 1): trace("v1", 10), trace("k2", 2): trace("v2", 20)}
	fmt.Println(arr, len(m))
	_ = trace("x", 1) + trace("y", 2)*trace("z", 3)
	fmt.Println("|")
	fmt.Println(named())
	fmt.Println(variadic("p"), variadic("p", nil), variadic("p", nil...), variadic("p", []interface{}{1, 2}...))
	var mn int64 = math.MinInt64
	var neg1 int64 = -1
	fmt.Println(mn/neg1, mn%neg1, mn*neg1)
	var i8 int8 = -128
	var n8 int8 = -1
	fmt.Println(i8/n8, i8%n8)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int32(1)<<30, uint8(1)<<7>>1, int64(-1)>>sh)
	const bigc = 1 << 100
	fmt.Println(bigc>>98, bigc/(1<<99), float64(bigc))
	x := 10
	px := &x
	ppx := &px
	**ppx += 5
	fmt.Println(x, *px == x, px == *ppx)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	for i := range ps {
		p := &ps[i]
		p.a, p.b = p.b, p.a
	}
	fmt.Println(ps)
	for _, p := range ps {
		p.a = 0
	}
	fmt.Println(ps)
	fns := map[string]func(float64) float64{"sqrt": math.Sqrt, "neg": func(v float64) float64 { return -v }}
	fmt.Println(fns["sqrt"](16), fns["neg"](2), fns["missing"] == nil)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	idx := 0
	s[idx], idx = 100, 2
	fmt.Println(s, idx)
	type Matrix [2][2]int
	m1 := Matrix{{1, 2}, {3, 4}}
	m2 := m1
	m2[0][0] = 9
	fmt.Println(m1, m2, m1 == Matrix{{1, 2}, {3, 4}}, m1 != m2)
	var iface interface{} = m1
	m3, ok := iface.(Matrix)
	fmt.Println(m3, ok)
	_, ok = iface.([2][2]int)
	fmt.Println(ok)
}

// Output:
// {100} {373.15}
// 7 base#7
// base#7
// 7 8
// a=1 b=2 k1=1 v1=10 k2=2 v2=20 [1 2] 2
// x=1 y=2 z=3 |
// 10 clamped
// p0 true [] p1 false [<nil>] p0 true [] p2 false [1 2]
// -9223372036854775808 0 -9223372036854775808
// -128 0
// true 1073741824 64 -1
// 4 2 1.2676506002282294e+30
// 15 true true
// [{2 1} {4 3}]
// [{2 1} {4 3}]
// 4 -2 true
// 2 1
// [3 1 2]
// [100 1 2] 2
// [[1 2] [3 4]] [[9 2] [3 4]] true true
// [[1 2] [3 4]] true
// false
