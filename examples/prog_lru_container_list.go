package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*pair).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*pair).value = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&pair{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*pair).key)
		fmt.Println("evict", last.Value.(*pair).key)
	}
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair)
		if e != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s:%d", p.key, p.value)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if v, ok := c.Get(k); ok {
			fmt.Printf("hit %s=%d\n", k, v)
			c.Put(k, v*10)
		} else {
			c.Put(k, i)
		}
		fmt.Println(c)
	}
	fmt.Printf("hits=%d miss=%d ratio=%.3f\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss))
	fmt.Printf("%v %d\n", c.items["a"] != nil, len(c.items))
	var p *pair = c.ll.Front().Value.(*pair)
	fmt.Printf("%v %+v\n", *p, p)
	l := list.New()
	l.PushBack(1)
	l.PushBack("two")
	l.PushFront(3.5)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T %v\n", e.Value, e.Value)
	}
}

// Output:
// [a:0]
// [b:1 a:0]
// [c:2 b:1 a:0]
// hit a=0
// [a:0 c:2 b:1]
// evict b
// [d:4 a:0 c:2]
// evict c
// [b:5 d:4 a:0]
// evict a
// [e:6 b:5 d:4]
// evict d
// [a:7 e:6 b:5]
// hits=1 miss=7 ratio=0.125
// true 3
// {a 7} &{key:a value:7}
// float64 3.5
// int 1
// string two
