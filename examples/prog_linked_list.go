// prog_linked_list.go: a hand-written singly linked list with push, pop, reverse, find, remove and String.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) PopFront() (int, bool) {
	if l.head == nil {
		return 0, false
	}
	v := l.head.Val
	l.head = l.head.Next
	l.size--
	return v, true
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Find(v int) *Node {
	for n := l.head; n != nil; n = n.Next {
		if n.Val == v {
			return n
		}
	}
	return nil
}

func (l *List) Remove(v int) bool {
	// Pointer-to-pointer technique: no special case for the head.
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func main() {
	var l List
	fmt.Println(l.String(), l.size)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(&l, l.size)

	l.Reverse()
	fmt.Println(&l)

	if n := l.Find(30); n != nil {
		n.Val = 33
	}
	fmt.Println(&l, l.Find(99) == nil)

	fmt.Println(l.Remove(50), l.Remove(0), l.Remove(7))
	fmt.Println(&l, l.size)

	for {
		v, ok := l.PopFront()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println(" empty:", l.head == nil, l.size)
}

// Output:
// () 0
// (0 -> 10 -> 20 -> 30 -> 40 -> 50) 6
// (50 -> 40 -> 30 -> 20 -> 10 -> 0)
// (50 -> 40 -> 33 -> 20 -> 10 -> 0) true
// true true false
// (40 -> 33 -> 20 -> 10) 4
// 40;33;20;10; empty: true 0
