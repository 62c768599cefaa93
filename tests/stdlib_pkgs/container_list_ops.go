// container/list: every operation, including the zero List, moves relative
// to marks, elements of other lists (ignored), removal, and copying a list
// into itself.
package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List // the zero value is usable
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	dump("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	e3 := l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	dump("l", l)
	l.MoveToBack(e1)
	dump("MoveToBack(1)", l)
	l.MoveToFront(e4)
	dump("MoveToFront(4)", l)
	l.MoveBefore(e1, e4)
	dump("MoveBefore(1,4)", l)
	l.MoveAfter(e4, e3)
	dump("MoveAfter(4,3)", l)
	l.MoveAfter(e4, e4)
	l.MoveToFront(l.Front())
	l.MoveToBack(l.Back())
	dump("no-ops", l)
	fmt.Println("Remove:", l.Remove(e2), e2.Next() == nil, e2.Prev() == nil)
	dump("l", l)
	fmt.Println("Remove again:", l.Remove(e2))
	dump("l", l)

	other := list.New()
	o1 := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	l.MoveToFront(o1)
	l.MoveBefore(e1, o1)
	fmt.Println(l.Remove(o1))
	dump("l", l)
	dump("other", other)

	l.PushBackList(other)
	l.PushFrontList(other)
	dump("l+other", l)
	l.PushBackList(l)
	dump("l+l", l)
	l.PushFrontList(l)
	dump("l+l front", l)

	l.Init()
	dump("Init", l)
	fmt.Println(e1.Next() == nil)

	// A queue and a stack.
	q := list.New()
	for i := 0; i < 5; i++ {
		q.PushBack(i * i)
	}
	for q.Len() > 0 {
		fmt.Print(" ", q.Remove(q.Front()))
	}
	fmt.Println()
	s := list.New()
	for _, w := range []string{"a", "b", "c"} {
		s.PushFront(w)
	}
	for s.Len() > 0 {
		fmt.Print(" ", s.Remove(s.Front()))
	}
	fmt.Println()

	// Values of any type; modifying them through the element.
	m := list.New()
	m.PushBack([]int{1})
	m.PushBack(struct{ A string }{"s"})
	m.PushBack(nil)
	m.Front().Value = "replaced"
	dump("m", m)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		m.InsertAfter(1, nil)
	}()
}

// Output:
// 0 true true
// zero len=1 [ 1 ] back: 1
// l len=4 [ 1 2 3 4 ] back: 4 3 2 1
// MoveToBack(1) len=4 [ 2 3 4 1 ] back: 1 4 3 2
// MoveToFront(4) len=4 [ 4 2 3 1 ] back: 1 3 2 4
// MoveBefore(1,4) len=4 [ 1 4 2 3 ] back: 3 2 4 1
// MoveAfter(4,3) len=4 [ 1 2 3 4 ] back: 4 3 2 1
// no-ops len=4 [ 1 2 3 4 ] back: 4 3 2 1
// Remove: 2 true true
// l len=3 [ 1 3 4 ] back: 4 3 1
// Remove again: 2
// l len=3 [ 1 3 4 ] back: 4 3 1
// true true
// x
// l len=3 [ 1 3 4 ] back: 4 3 1
// other len=1 [ x ] back: x
// l+other len=5 [ x 1 3 4 x ] back: x 4 3 1 x
// l+l len=10 [ x 1 3 4 x x 1 3 4 x ] back: x 4 3 1 x x 4 3 1 x
// l+l front len=20 [ x 1 3 4 x x 1 3 4 x x 1 3 4 x x 1 3 4 x ] back: x 4 3 1 x x 4 3 1 x x 4 3 1 x x 4 3 1 x
// Init len=0 [ ] back:
// false
//  0 1 4 9 16
//  c b a
// m len=3 [ replaced {s} <nil> ] back: <nil> {s} replaced
// recovered: true
