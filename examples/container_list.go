// container_list.go: container/list doubly linked list: PushBack/Front, Insert*, Move*, Remove and iteration both ways.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

func dump(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	fmt.Println(dump(l), l.Len())

	// Backwards iteration.
	var back []interface{}
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	fmt.Println(back)

	l.MoveToFront(e4)
	fmt.Println(dump(l))
	l.MoveToBack(e4)
	fmt.Println(dump(l))
	l.MoveBefore(e4, e1)
	fmt.Println(dump(l))
	l.MoveAfter(e1, l.Back())
	fmt.Println(dump(l))

	v := l.Remove(e4)
	fmt.Println("removed", v, dump(l), l.Len())

	// Removing while iterating: save next first.
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(dump(l))

	// Lists of mixed values and PushBackList.
	other := list.New()
	other.PushBack("x")
	other.PushBack(3.5)
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l), l.Len())
	fmt.Println(l.Front().Value, l.Back().Value)

	// Using a list as a queue and a stack.
	q := list.New()
	for i := 1; i <= 3; i++ {
		q.PushBack(i)
	}
	var order []interface{}
	for q.Len() > 0 {
		order = append(order, q.Remove(q.Front()))
	}
	fmt.Println("queue order:", order)

	st := list.New()
	for _, s := range []string{"a", "b", "c"} {
		st.PushBack(s)
	}
	order = nil
	for st.Len() > 0 {
		order = append(order, st.Remove(st.Back()))
	}
	fmt.Println("stack order:", order)

	// Zero-value list is ready to use.
	var z list.List
	z.PushBack("zero")
	fmt.Println(z.Len(), z.Front().Value, z.Front().Next() == nil)
}

// Output:
// [1 2 3 4] 4
// [4 3 2 1]
// [4 1 2 3]
// [1 2 3 4]
// [4 1 2 3]
// [4 2 3 1]
// removed 4 [2 3 1] 3
// [2]
// [x 3.5 2 x 3.5] 5
// x 3.5
// queue order: [1 2 3]
// stack order: [c b a]
// 1 zero true
