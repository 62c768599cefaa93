// builtins.go: the builtin functions len, cap, append, copy, delete, make, new, complex, real and imag.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	// make for slices, maps (with a size hint).
	s := make([]int, 3, 5)
	m := make(map[string]int, 100)
	fmt.Println(s, len(s), cap(s), len(m))

	// new returns a pointer to a zero value.
	p := new(int)
	*p = 42
	fmt.Println(*p)
	n := new(Node)
	n.Val = 1
	n.Next = &Node{Val: 2}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	ps := new([]string)
	*ps = append(*ps, "a")
	fmt.Println(*ps, len(*ps))
	pa := new([4]int)
	pa[2] = 7
	fmt.Println(*pa, len(pa), cap(pa))

	// len of strings, arrays, maps, and pointers to arrays.
	fmt.Println(len("héllo"), len([5]int{}), len(map[int]int{1: 1, 2: 2}))
	var nilp *[3]int
	fmt.Println(len(nilp), cap(nilp)) // len of a nil *array is a constant

	// append and copy.
	s = append(s, 1, 2, 3)
	fmt.Println(s, len(s), cap(s) >= 6)
	c := make([]int, 2)
	fmt.Println(copy(c, s), c)

	// delete.
	m["a"], m["b"] = 1, 2
	delete(m, "a")
	fmt.Println(m)

	// complex, real, imag.
	z := complex(1.5, -2)
	fmt.Println(z, real(z), imag(z))
	var z64 complex64 = complex(float32(1), float32(2))
	fmt.Printf("%T %T %v\n", z64, real(z64), imag(z64))
	fmt.Println(real(3), imag(3i))

	// Builtins on constants are constant.
	const l = len("constant")
	var arr [l]byte
	fmt.Println(len(arr))
}

// Output:
// [0 0 0] 3 5 0
// 42
// 1 2 true
// [a] 1
// [0 0 7 0] 4 4
// 6 5 2
// 3 3
// [0 0 0 1 2 3] 6 true
// 2 [0 0]
// map[b:2]
// (1.5-2i) 1.5 -2
// complex64 float32 2
// 3 3
// 8
