// Maps print with their keys sorted as internal/fmtsort sorts them.
package main

import (
	"fmt"
	"math"
)

type key struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 10: "j"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3, "": 0, "B": 9})
	fmt.Println(map[float64]int{2.5: 1, math.NaN(): 2, -1: 3, math.Inf(1): 4, math.Inf(-1): 5, 0: 6})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[rune]string{'b': "b", 'a': "a"})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[interface{}]int{"b": 1, "a": 2})
	fmt.Println(map[interface{}]string{nil: "nil", 1: "one"})
	fmt.Printf("%v %+v %#v\n", map[string]int{"x": 1, "y": 2}, map[string]key{"k": {1, "a"}}, map[string]int{"x": 1, "y": 2})
	fmt.Printf("%#v %#v\n", map[string]int{}, map[string]int(nil))
	fmt.Printf("%v %v %d\n", map[string]int{}, map[string]int(nil), map[string]int{"a": 10})
	fmt.Printf("%x %q\n", map[string]int{"a": 10, "b": 11}, map[string]string{"k": "v"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[string]map[string]int{"o": {"y": 2, "x": 1}})
	fmt.Println(map[complex128]int{1 + 2i: 1, 1 + 1i: 2, 0: 3})
	type mk string
	fmt.Println(map[mk]int{"zz": 1, "aa": 2})
	big := map[int]int{}
	for i := 0; i < 30; i++ {
		big[(i*7)%30] = i
	}
	fmt.Println(big)
	fmt.Printf("%#v\n", map[key]bool{{1, "x"}: true})
	fmt.Printf("[%6v]\n", map[int]int{1: 2})
}

// Output:
// map[-1:a 2:b 3:c 10:j]
// map[:0 B:9 a:1 b:2 c:3]
// map[NaN:2 -Inf:5 -1:3 0:6 2.5:1 +Inf:4]
// map[false:0 true:1]
// map[{1 a}:3 {1 b}:2 {2 a}:1]
// map[[1 1]:true [1 2]:false [2 1]:true]
// map[0:2 128:3 255:1]
// map[-128:1 0:3 127:2]
// map[97:a 98:b]
// map[1:2 2:3 3:1]
// map[a:2 b:1]
// map[<nil>:nil 1:one]
// map[x:1 y:2] map[k:{A:1 B:a}] map[string]int{"x":1, "y":2}
// map[string]int{} map[string]int(nil)
// map[] map[] map[%!d(string=a):10]
// map[61:a 62:b] map["k":"v"]
// map[a:[1 1] b:[2]]
// map[o:map[x:1 y:2]]
// map[(0+0i):3 (1+1i):2 (1+2i):1]
// map[aa:2 zz:1]
// map[0:0 1:13 2:26 3:9 4:22 5:5 6:18 7:1 8:14 9:27 10:10 11:23 12:6 13:19 14:2 15:15 16:28 17:11 18:24 19:7 20:20 21:3 22:16 23:29 24:12 25:25 26:8 27:21 28:4 29:17]
// map[main.key]bool{main.key{A:1, B:"x"}:true}
// [map[     1:     2]]
