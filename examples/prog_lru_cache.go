// prog_lru_cache.go: an LRU cache built from container/list and a map, with hit/miss statistics.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap          int
	ll           *list.List
	items        map[string]*list.Element
	hits, misses int
	evicted      []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		e := c.ll.Remove(oldest).(*entry)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4) // evicts b
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5) // evicts a
	fmt.Println(c)

	// Simulate an access pattern with a computed "expensive" function.
	calls := 0
	square := func(n int) int {
		key := fmt.Sprint(n)
		if v, ok := c.Get(key); ok {
			return v
		}
		calls++
		v := n * n
		c.Put(key, v)
		return v
	}
	sum := 0
	for _, n := range []int{1, 2, 1, 3, 1, 4, 2, 5, 1, 2} {
		sum += square(n)
	}
	fmt.Println("sum:", sum, "computed:", calls)
	fmt.Println("hits:", c.hits, "misses:", c.misses)
	fmt.Println("evicted:", c.evicted)
	fmt.Println(c, len(c.items))
}

// Output:
// [c=3 b=2 a=1]
// [d=4 a=1 c=3]
// b present: false
// [e=5 c=30 d=4]
// sum: 66 computed: 7
// hits: 4 misses: 8
// evicted: [b a d c e 2 3 1 4]
// [2=4 1=1 5=25] 3
