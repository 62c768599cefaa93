package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Describe() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Logger interface {
	Log(string)
}

type Prefixed struct {
	prefix string
	lines  *[]string
}

func (p Prefixed) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	*Counter
	Name string
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) int }

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

func apply(fs []func(), n int) {
	for i := 0; i < n; i++ {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	get := c.Get
	apply([]func(){inc, inc}, 3)
	fmt.Println(c.n, get(), c.Get())
	desc := Counter.Describe
	incE := (*Counter).Inc
	incE(&c)
	fmt.Println(desc(c), Counter.Get(c))

	var lines []string
	svc := Service{Logger: Prefixed{"[svc] ", &lines}, Counter: &Counter{name: "req"}, Name: "api"}
	for i := 0; i < 3; i++ {
		svc.Inc()
		svc.Log(fmt.Sprint("request ", svc.Get()))
	}
	fmt.Println(strings.Join(lines, "; "))
	fmt.Println(svc.Describe(), svc.n, svc.Counter.name)
	logf := svc.Log
	svc.Logger = Prefixed{"[new] ", &lines}
	logf("old binding")
	svc.Log("new binding")
	fmt.Println(lines[len(lines)-2:])

	var rw ReadWriter = &Buf{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("three"), r.Read())
	_, ok = interface{}(c).(Reader)
	fmt.Println(ok)

	var p *Buf
	var rr Reader = p
	fmt.Println(rr == nil, p == nil, rr != nil)
	var x, y interface{} = 3, 3
	var z interface{} = int64(3)
	fmt.Println(x == y, x == z, x == 3, z == 3)
	anon := struct {
		A int
		B []string
	}{1, []string{"q"}}
	fmt.Printf("%v %+v\n", anon, anon)
	type Grid [2][3]int
	g1 := Grid{{1, 2, 3}, {4, 5, 6}}
	g2 := g1
	g2[1][2] = 60
	fmt.Println(g1, g2, g1 == g2, g1 != Grid{})
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, fmt.Sprintf("%q", arr))
	fn := strings.ToUpper
	fns := map[string]func(string) string{"up": fn, "low": strings.ToLower, "title": strings.Title}
	for _, k := range []string{"low", "title", "up"} {
		fmt.Print(fns[k]("hello World"), "|")
	}
	fmt.Println()
}

// Output:
// 6 0 6
// c=7 7
// [svc] request 1; [svc] request 2; [svc] request 3
// req=3 3 req
// [[svc] old binding [new] new binding]
// one two true
// true 5 three
// false
// false true true
// true false true false
// {1 [q]} {A:1 B:[q]}
// [[1 2 3] [4 5 6]] [[1 2 3] [4 5 60]] false true
// 3 [a  c] ["a" "" "c"]
// hello world|Hello World|HELLO WORLD|
