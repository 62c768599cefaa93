// semantics_method_values_errors.go: method values and expressions, func types with methods, range copies, custom Is methods, a typed nil in an error.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }
func (e NotFound) Is(target error) bool {
	t, ok := target.(NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	c := Counter{}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	defer fmt.Println("deferred Get:", c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))

	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	a2 := arr
	a2[0] = -1
	fmt.Println(arr, a2, arr == a2, [2]string{"a"} == [2]string{"a", ""})

	err := fmt.Errorf("lookup: %w", NotFound{"k1"})
	fmt.Println(errors.Is(err, NotFound{}), errors.Is(err, NotFound{"k1"}), errors.Is(err, NotFound{"k2"}))
	fmt.Println(errors.Unwrap(err), errors.Unwrap(errors.Unwrap(err)))
	e2 := fmt.Errorf("two: %w and %w", errors.New("a"), errors.New("b"))
	fmt.Println(e2, errors.Unwrap(e2))
	e3 := fmt.Errorf("not wrapped: %v", NotFound{"z"})
	fmt.Println(errors.Is(e3, NotFound{}), fmt.Errorf("%w", "str"))

	err = mayFail(false)
	fmt.Println(err == nil, err != nil)
	if err != nil {
		fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	}

	type key struct {
		a string
		b int
	}
	m := map[key][]string{}
	m[key{"x", 1}] = append(m[key{"x", 1}], "first")
	m[key{"x", 1}] = append(m[key{"x", 1}], "second")
	m[key{"y", 2}] = nil
	fmt.Println(len(m), m[key{"x", 1}], m[key{"y", 2}] == nil, m)
	counts := map[string]*int{}
	for _, w := range strings.Fields("a b a c a b") {
		if counts[w] == nil {
			counts[w] = new(int)
		}
		*counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", *counts[k], " ")
	}
	fmt.Println()

	var x interface{} = 3.0
	switch v := x.(type) {
	case int, float64:
		fmt.Printf("num %T %v\n", v, v)
	case string:
		fmt.Println("str", len(v))
	}
	switch y := 5; {
	case y > 3:
		fmt.Println("y>3")
	}
	type pt struct{ x, y int }
	pts := map[string]pt{"a": {1, 2}}
	p := pts["a"]
	p.x = 9
	fmt.Println(pts, p)
	var ifs []interface{}
	ifs = append(ifs, 1, "a", nil, []int{1}, map[string]int{}, pt{})
	fmt.Println(ifs...)
	fmt.Println(len(ifs), cap(ifs) >= 6)
	var s []int
	s2 := append(s, 1)
	s3 := append(s2[:0:0], 5)
	fmt.Println(s == nil, s2, s3, len(s3[:0]))
	z := make([]int, 3, 10)
	z1 := append(z, 4)
	z2 := append(z, 5)
	fmt.Println(z1, z2, &z1[0] == &z2[0])
	copy(z, []int{7, 8, 9, 10})
	fmt.Println(z, z1)
	str := "héllo"
	bs := []byte(str)
	bs[0] = 'H'
	fmt.Println(str, string(bs), str[1:3], len(str[1:3]), str[1], string(str[1]))
	var total int
	for i := range [5]struct{}{} {
		total += i
	}
	fmt.Println(total)
	matrix := [2][3]int{}
	matrix[1][2] = 5
	row := matrix[1]
	row[0] = 7
	fmt.Println(matrix, row, len(matrix[0]))
}

// Output:
// 0 2 2
// 3
// [HI]
// range copy: 3
// range slice: 100
// [1 2 100] [-1 2 100] false true
// true true false
// not found: k1 <nil>
// two: a and %!w(*errors.errorString=&{b}) <nil>
// false %!w(string=str)
// false true
// *main.MyErr true
// 2 [first second] true map[{x 1}:[first second] {y 2}:[]]
// a=3 b=2 c=1 
// num float64 3
// y>3
// map[a:{1 2}] {9 2}
// 1 a <nil> [1] map[] {0 0}
// 6 true
// true [1] [5] 0
// [0 0 0 5] [0 0 0 5] true
// [7 8 9] [7 8 9 5]
// héllo Héllo é 2 195 Ã
// 10
// [[0 0 0] [0 0 5]] [7 0 5] 3
// deferred Get: 2
