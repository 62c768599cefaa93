// prog_bst.go: a binary search tree with insert, search, in-order traversal, height, minimum and delete.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         int
	Value       string
}

func (t *Tree) Insert(k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Value: v}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k, v)
	case k > t.Key:
		t.Right = t.Right.Insert(k, v)
	default:
		t.Value = v
	}
	return t
}

func (t *Tree) Get(k int) (string, bool) {
	switch {
	case t == nil:
		return "", false
	case k < t.Key:
		return t.Left.Get(k)
	case k > t.Key:
		return t.Right.Get(k)
	}
	return t.Value, true
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l < r {
		l = r
	}
	return l + 1
}

func (t *Tree) Min() *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key, t.Value = m.Key, m.Value
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Key)
	}
	return fmt.Sprintf("(%d %v %v)", t.Key, t.Left, t.Right)
}

func keys(t *Tree) string {
	var ks []string
	t.InOrder(func(n *Tree) { ks = append(ks, fmt.Sprintf("%d:%s", n.Key, n.Value)) })
	return strings.Join(ks, " ")
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k, fmt.Sprintf("v%d", k))
	}
	root = root.Insert(40, "forty")
	fmt.Println(keys(root))
	fmt.Println(root)
	fmt.Println("height:", root.Height(), "min:", root.Min().Key)

	for _, k := range []int{40, 65, 99} {
		v, ok := root.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}

	root = root.Delete(20) // leaf
	root = root.Delete(30) // two children
	root = root.Delete(70) // two children
	root = root.Delete(12) // missing
	fmt.Println(root)
	fmt.Println(keys(root))

	var empty *Tree
	fmt.Println(empty.Height(), empty, keys(empty) == "")
}

// Output:
// 20:v20 30:v30 35:v35 40:forty 45:v45 50:v50 60:v60 65:v65 70:v70 80:v80
// (50 (30 20 (40 35 45)) (70 (60 () 65) 80))
// height: 4 min: 20
// get 40: "forty" true
// get 65: "v65" true
// get 99: "" false
// (50 (40 35 45) (80 (60 () 65) ()))
// 35:v35 40:forty 45:v45 50:v50 60:v60 65:v65 80:v80
// 0 () true
