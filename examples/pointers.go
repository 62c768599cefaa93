// pointers.go: address-of, dereference, pointers to structs/arrays/slices, pointer equality, new, and pointers to pointers.
package main

import "fmt"

type Vec struct{ X, Y int }

func reset(v *Vec)        { *v = Vec{} }
func scale(v *Vec, k int) { v.X *= k; v.Y *= k } // automatic dereference for fields
func swap(a, b *int)      { *a, *b = *b, *a }

func newCounter() *int {
	c := 0 // escapes to the heap: returning its address is safe
	return &c
}

func main() {
	x := 10
	p := &x
	*p += 5
	fmt.Println(x, *p, p == &x)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	v := Vec{2, 3}
	scale(&v, 10)
	fmt.Println(v)
	vp := &v
	vp.Y = 7
	(*vp).X = 8
	fmt.Println(v, *vp)
	reset(vp)
	fmt.Println(v)

	c1, c2 := newCounter(), newCounter()
	*c1++
	*c1++
	*c2++
	fmt.Println(*c1, *c2, c1 == c2)

	// Pointers to array elements and struct fields.
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fp := &v.X
	*fp = 99
	fmt.Println(arr, v)

	// Pointer to array: indexing and len work through it.
	pa := &arr
	pa[0] = 100
	fmt.Println(pa[0], len(pa), *pa)

	// A pointer into a slice stays valid but may detach after append reallocates.
	s := make([]int, 1, 1)
	sp := &s[0]
	s = append(s, 2)
	*sp = 42
	fmt.Println(s[0], *sp)

	// Pointer to pointer.
	pp := &p
	**pp = 1
	fmt.Println(x, **pp == *p)

	// Comparison with nil and zero values.
	var np *Vec
	fmt.Println(np == nil, np)
	np = new(Vec)
	fmt.Println(np == nil, *np)

	// Struct with pointer fields: shallow copies share the pointee.
	type Node struct {
		Val  int
		Next *Node
	}
	n2 := &Node{Val: 2}
	n1 := Node{1, n2}
	copyN := n1
	copyN.Next.Val = 200
	fmt.Println(n1.Next.Val, copyN.Val)

	// Pointers as map values allow in-place updates.
	m := map[string]*Vec{"a": {1, 1}}
	m["a"].X = 50
	fmt.Println(*m["a"])

	// Each call to new returns a distinct pointer.
	q1, q2 := new(int), new(int)
	fmt.Println(q1 != q2)
}

// Output:
// 15 15 true
// 2 1
// {20 30}
// {8 7} {8 7}
// {0 0}
// 2 1 false
// [1 20 3] {99 0}
// 100 3 [100 20 3]
// 0 42
// 1 true
// true <nil>
// false {0 0}
// 200 1
// {50 1}
// true
