// semantics_copies_aliasing.go: value copies of structs with arrays and slices, range over array copies, append aliasing, map elements, tuple assignment order, comparisons of composite values.
package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

type Poly struct {
	Name string
	Pts  [3]Pt
	Tags []string
}

func modify(p Poly) { p.Pts[0].X = 99; p.Tags[0] = "changed"; p.Name = "m" }

func grow(s []int) []int { s = append(s, 4); s[0] = -1; return s }

func main() {
	a := Poly{"tri", [3]Pt{{1, 1}, {2, 2}, {3, 3}}, []string{"t0", "t1"}}
	modify(a)
	fmt.Println(a)
	b := a
	b.Pts[1].Y = 50
	b.Tags = append(b.Tags, "t2")
	b.Tags[1] = "shared?"
	fmt.Println(a.Pts[1], b.Pts[1], a.Tags, b.Tags)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice:", v)
		}
	}
	s1 := make([]int, 3, 10)
	s2 := grow(s1)
	fmt.Println(s1, s2, len(s1), cap(s2))
	s3 := []int{1, 2, 3}
	s4 := grow(s3)
	fmt.Println(s3, s4)
	m := map[string]Pt{"a": {1, 2}}
	p := m["a"]
	p.X = 10
	fmt.Println(m, p)
	mp := map[string]*Pt{"a": {1, 2}}
	mp["a"].X = 10
	fmt.Println(*mp["a"])
	ms := map[string][]int{}
	ms["x"] = append(ms["x"], 1, 2)
	ms["x"][0] = 9
	fmt.Println(ms)
	buf := []byte("hello")
	str := string(buf)
	buf[0] = 'J'
	fmt.Println(str, string(buf))
	ov := []int{1, 2, 3, 4, 5}
	n := copy(ov[1:], ov)
	fmt.Println(n, ov)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	} else {
		fmt.Println(x, y)
	}
	fmt.Println("outer x", x)
	i := 0
	i, arr[i] = 2, 7
	fmt.Println(i, arr)
	q := []int{0, 0, 0}
	j := 0
	j, q[j] = 1, 5
	fmt.Println(j, q)
	f := func() int { x++; return x }
	res := []int{f(), f(), x}
	fmt.Println(res)
	var sb strings.Builder
	for k := 0; k < 3; k++ {
		defer func(k int) { sb.WriteString(fmt.Sprint(k)); fmt.Println("defer", k, sb.String()) }(k)
	}
	type T struct {
		A [2][]int
		B map[string]int
	}
	t1 := T{[2][]int{{1}, {2}}, map[string]int{"k": 1}}
	t2 := t1
	t2.A[0] = []int{100}
	t2.A[1][0] = 200
	t2.B["k"] = 300
	fmt.Println(t1, t2)
	pa := &[3]string{"a", "b", "c"}
	for i := range pa {
		pa[i] = strings.ToUpper(pa[i])
	}
	fmt.Println(pa, len(pa), pa[1:])
	var np *[4]int
	fmt.Println(len(np), cap(np))
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
	sa := [...]string{2: "two", 5: "five"}
	fmt.Printf("%q %d\n", sa, len(sa))
	st := struct {
		Pt
		Z int
	}{Pt{1, 2}, 3}
	fmt.Println(st, st.X, st.Pt.Y)
	fmt.Println(Pt{1, 2} == Pt{1, 2}, [2]Pt{} == [2]Pt{{0, 0}, {0, 0}}, interface{}(Pt{1, 2}) == Pt{1, 2})
	var e1, e2 interface{} = 1, 1.0
	fmt.Println(e1 == e2, e1 == 1, e2 == 1.0)
}

// Output:
// {tri [{1 1} {2 2} {3 3}] [changed t1]}
// {2 2} {2 50} [changed t1] [changed shared? t2]
// range over array copy: 3
// range over slice: 100
// [-1 0 0] [-1 0 0 4] 3 10
// [1 2 3] [-1 2 3 4]
// map[a:{1 2}] {10 2}
// {10 2}
// map[x:[9 2]]
// hello Jello
// 4 [1 1 2 3 4]
// inner x 5
// outer x 1
// 2 [7 2 100]
// 1 [5 0 0]
// [2 3 3]
// {[[1] [200]] map[k:300]} {[[100] [200]] map[k:300]}
// &[A B C] 3 [B C]
// 4 4
// 0123
// ["" "" "two" "" "" "five"] 6
// {{1 2} 3} 1 2
// true true true
// false true true
// defer 2 2
// defer 1 21
// defer 0 210
