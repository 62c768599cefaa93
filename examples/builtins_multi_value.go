// builtins_multi_value.go: a builtin (other than make and new) takes the results of a multi-value call as its arguments.
package main

import "fmt"

func sliceAndElems() ([]int, int, int) { return []int{1}, 2, 3 }
func dstAndSrc() ([]byte, string)      { return make([]byte, 2), "hey" }
func parts() (float64, float64)        { return 1.5, -2 }
func mapAndKey(m map[string]int) (map[string]int, string) {
	return m, "a"
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	defer func() { fmt.Println("after deferred delete:", len(m)) }()
	defer delete(mapAndKey(m))
	fmt.Println(append(sliceAndElems()))
	fmt.Println(copy(dstAndSrc()))
	c := complex(parts())
	fmt.Println(c, real(c))
	delete(mapAndKey(m))
	fmt.Println(len(m))
	m["a"] = 5
}

// Output:
// [1 2 3]
// 2
// (1.5-2i) 1.5
// 1
// after deferred delete: 1
