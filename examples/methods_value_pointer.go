// methods_value_pointer.go: value receivers get a copy, pointer receivers can modify; automatic & and * on calls.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c Counter) IncValue() { c.n++ } // modifies a copy only

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) String() string { return fmt.Sprintf("%s:%d", c.name, c.n) }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get())
	c.Add(10).Add(100)
	fmt.Println(c)

	p := &Counter{name: "p"}
	p.Inc()
	fmt.Println(p.Get(), (*p).Get()) // value method through pointer
	fmt.Println(p)

	counters := []Counter{{name: "x"}, {name: "y"}}
	for i := range counters {
		counters[i].Inc() // element is addressable
	}
	for _, c := range counters {
		c.Inc() // copy: no effect on slice
	}
	fmt.Println(counters)

	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].n)

	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
}

// Output:
// 0
// 2
// c:112
// 1 1
// p:1
// [x:1 y:1]
// 1
// [1 2 3] 6
