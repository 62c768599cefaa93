// assign_phases.go: a tuple assignment evaluates the pointers and indexes of its destinations first, then stores left to right.
package main

import "fmt"

type In struct{ a [3]int }
type S struct {
	in  In
	arr [2]In
	p   *In
}
type E struct{ *In }

var g S
var gs = []S{{}, {}}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var s S
	i := 0
	i, s.arr[i].a[i+1] = 1, 5
	fmt.Println(s.arr[0].a, i)
	j := 0
	gs, gs[j].in.a[2] = nil, 8
	fmt.Println(len(gs))
	k := 2
	k, g.arr[1].a[k] = 0, 3
	fmt.Println(g.arr[1].a)
	arr := [3]int{}
	n := 0
	n, arr[n] = 2, 7
	fmt.Println(arr, n)
	pa := &[3]int{}
	q := pa
	pa, pa[1] = nil, 4
	fmt.Println(q[1])
	m := map[int]int{}
	try("nilptr", func() {
		var p *S
		m[1], p.in.a[0] = 1, 2
	})
	fmt.Println(m)
	try("bounds", func() {
		var sl []int
		x := 0
		m[2], sl[5], x = 1, 2, 3
		fmt.Println(x)
	})
	fmt.Println(m)
	try("array bounds", func() {
		var a [2]int
		idx := 5
		m[3], a[idx] = 1, 2
	})
	fmt.Println(m)
	e := E{&In{}}
	e2 := e
	e, e.a[1] = E{}, 9
	fmt.Println(e2.a)
	var sp = &s
	sp.p = &In{}
	old := sp.p
	sp.p, sp.p.a[0] = nil, 11
	fmt.Println(old.a)
	ss := []S{{}}
	ss2 := ss
	ss, ss[0].in.a[2] = nil, 6
	fmt.Println(ss2[0].in.a)
	type T struct{ x, y float64 }
	ts := []T{{1, 2}}
	ts[0].x, ts[0].y = ts[0].y, ts[0].x
	fmt.Println(ts)
}

// Output:
// [0 5 0] 1
// 0
// [0 0 3]
// [7 0 0] 2
// 4
// nilptr runtime error: invalid memory address or nil pointer dereference
// map[1:1]
// bounds runtime error: index out of range [5] with length 0
// map[1:1 2:1]
// array bounds runtime error: index out of range [5] with length 2
// map[1:1 2:1 3:1]
// [0 9 0]
// [11 0 0]
// [0 0 6]
// [{2 1}]
