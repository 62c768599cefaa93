package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func trace(name string, v int) int {
	fmt.Print(name, "=", v, " ")
	return v
}

func deferOrder() (result int) {
	for i := 0; i < 3; i++ {
		defer func(n int) {
			result = result*10 + n
			fmt.Print("d", n, " ")
		}(trace("arg", i))
	}
	return 5
}

func recoverValue() (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			s = "partial"
		}
	}()
	s = "started"
	var m map[P]int
	m[P{1, 2}]++
	return "never", nil
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := [3]int{trace("a", 1), trace("b", 2), trace("c", 3)}
	fmt.Println(arr)
	m := map[string]int{}
	m[strings.ToUpper("k")] = trace("v", len(m)+7)
	fmt.Println(m)
	fmt.Println(deferOrder())
	fmt.Println(recoverValue())

	s := make([]int, 3, 10)
	s1 := append(s, 1)
	s2 := append(s, 2)
	fmt.Println(s1, s2, len(s1), cap(s2))
	t := []int{1, 2, 3}
	t1 := append(t, 4)
	t[0] = 100
	fmt.Println(t, t1)
	u := []int{1, 2, 3, 4, 5}
	copy(u[1:], u)
	fmt.Println(u, copy(u, []int{}), copy(make([]byte, 2), "hey"))
	full := u[1:3:3]
	full = append(full, 77)
	fmt.Println(u, full, cap(full) >= 3)

	var st Stack
	for i := 1; i <= 4; i++ {
		st.Push(i * i)
	}
	fmt.Println(st.Pop(), st.Peek(), st, len(st))

	set := Set{}
	set.Add("a")
	set.Add("b")
	fmt.Println(set.Has("a"), set.Has("z"), len(set), set)

	pm := map[string]P{"a": {1, 2}}
	p := pm["a"]
	p.X = 100
	fmt.Println(pm, p)
	pp := map[string]*P{"a": {1, 2}}
	pp["a"].X = 100
	fmt.Println(*pp["a"])

	if v, err := fmt.Sscanf("10 abc", "%d %s", new(int), new(string)); err == nil {
		fmt.Println("scanned", v)
	}
	var iface interface{} = P{1, 2}
	fmt.Println(iface == P{1, 2}, iface == interface{}(P{2, 1}))
	fn := func(xs ...int) int { return len(xs) }
	fmt.Println(fn(), fn(1, 2), fn(a...), fn(nil...))
	b := []byte("hello")
	str := string(b)
	b[0] = 'J'
	fmt.Println(str, string(b))
	var sp *[3]int = &arr
	for i, v := range sp {
		sp[i] = v * 2
	}
	fmt.Println(arr, len(sp))
	type Inner struct{ V []int }
	type Outer struct {
		In  Inner
		Arr [2]Inner
	}
	o1 := Outer{In: Inner{[]int{1}}}
	o2 := o1
	o2.In.V[0] = 42
	o2.Arr[0].V = []int{5}
	fmt.Printf("%+v %+v\n", o1, o2)
}

// Output:
// 1 [9 2 3]
// 2 3
// a=1 b=2 c=3 [1 2 3]
// v=7 map[K:7]
// arg=0 arg=1 arg=2 d2 d1 d0 5210
// partial recovered: assignment to entry in nil map
// [0 0 0 2] [0 0 0 2] 4 10
// [100 2 3] [1 2 3 4]
// [1 1 2 3 4] 0 2
// [1 1 2 3 4] [1 2 77] true
// 16 9 [1 4 9] 3
// true false 2 map[a:{} b:{}]
// map[a:{1 2}] {100 2}
// {100 2}
// scanned 2
// true false
// 0 2 3 0
// hello Jello
// [2 4 6] 3
// {In:{V:[42]} Arr:[{V:[]} {V:[]}]} {In:{V:[42]} Arr:[{V:[5]} {V:[]}]}
