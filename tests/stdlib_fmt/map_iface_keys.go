// Maps with interface keys of mixed dynamic types: fmt orders by type, then by value.
package main

import (
	"fmt"
)

type A int
type B struct{ X, Y int }

func (B) M1()  {}
func (*B) M2() {}

type C [3]int
type S string

func (S) String() string { return "S" }

type E struct{}

func (E) Error() string { return "E" }

func main() {
	fmt.Println(map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, int8(1): 5, uint(1): 6, 'r': 7, byte(1): 8})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3, "b": 4, "a": 5, nil: 6})
	m := map[interface{}]int{A(1): 1, B{1, 2}: 2, C{}: 3, S("s"): 4, E{}: 5, [1]string{"x"}: 6, struct{ A, B, C int }{}: 7,
		'c': 11, "str": 12, 1: 13, 2.5: 14, false: 15, [2]bool{}: 16, struct{ Q string }{"q"}: 17, complex64(1): 18, uint8(4): 19}
	fmt.Println(m)
	fmt.Printf("%#v\n", map[interface{}]bool{"x": true, 2: false})
	fmt.Println(map[interface{}]int{[2]int{1, 2}: 1, struct{}{}: 2, 1.5: 3, float32(1.5): 4, complex(1, 1): 5, int64(3): 6, int16(3): 7})
	fmt.Println(map[fmt.Stringer]int{S("b"): 1, S("a"): 2})
	fmt.Println(map[error]int{E{}: 1, nil: 0})
}

// Output:
// map[true:4 2.5:3 1:1 114:7 1:5 a:2 1:6 1:8]
// map[<nil>:6 1:2 2:3 3:1 a:5 b:4]
// map[false:15 (1+0i):18 2.5:14 1:13 99:11 1:1 str:12 4:19 [x]:6 [false false]:16 S:4 [0 0 0]:3 {q}:17 E:5 {0 0 0}:7 {1 2}:2]
// map[interface {}]bool{2:false, "x":true}
// map[(1+1i):5 1.5:4 1.5:3 3:7 3:6 [1 2]:1 {}:2]
// map[S:2 S:1]
// map[<nil>:0 E:1]
