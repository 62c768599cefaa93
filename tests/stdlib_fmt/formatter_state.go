// The State given to Format methods: its type, io.WriteString on it, nested formatting through it.
package main

import (
	"fmt"
	"io"
)

type Leaf struct{ N int }

func (l Leaf) Format(f fmt.State, verb rune) {
	// Like Go's, the width and precision are stale when not ok.
	w, wok := f.Width()
	if !wok {
		w = -1
	}
	p, pok := f.Precision()
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "leaf(%c,%d,%d,%d)", verb, w, p, l.N)
}

type Tree struct {
	Kids []Leaf
}

func (t Tree) Format(f fmt.State, verb rune) {
	io.WriteString(f, "tree[")
	for i, k := range t.Kids {
		if i > 0 {
			f.Write([]byte(", "))
		}
		fmt.Fprintf(f, "%6.2v", k)
	}
	io.WriteString(f, "]")
	fmt.Fprintf(f, " %T", f)
}

type Verbose struct{}

func (Verbose) Format(f fmt.State, verb rune) {
	if f.Flag('+') {
		fmt.Fprint(f, "verbose+")
		return
	}
	if f.Flag('#') {
		fmt.Fprint(f, "verbose#")
		return
	}
	fmt.Fprint(f, "verbose")
}

type PtrFormat struct{ v int }

func (p *PtrFormat) Format(f fmt.State, verb rune) {
	if p == nil {
		fmt.Fprint(f, "nil PtrFormat")
		return
	}
	fmt.Fprintf(f, "PtrFormat %d", p.v)
}

func main() {
	fmt.Printf("%v|%3d|%-5.1s|%.x\n", Leaf{1}, Leaf{2}, Leaf{3}, Leaf{4})
	fmt.Println(Tree{[]Leaf{{1}, {2}}})
	fmt.Printf("%v %+v %#v %s\n", Verbose{}, Verbose{}, Verbose{}, []Verbose{{}})
	fmt.Printf("%+v\n", struct{ V Verbose }{})
	var np *PtrFormat
	fmt.Println(np, &PtrFormat{3}, PtrFormat{4})
	fmt.Printf("%d %s\n", np, []*PtrFormat{nil, {5}})
	fmt.Println(fmt.Errorf("wrap: %w", fmt.Errorf("inner")), fmt.Sprintf("%10v|", Leaf{5}))
}

// Output:
// leaf(v,-1,-1,1)|leaf(d,3,-1,2)|leaf(s,5,1,3)|leaf(x,-1,0,4)
// tree[leaf(v,6,2,1), leaf(v,6,2,2)] *fmt.pp
// verbose verbose+ verbose# [verbose]
// {V:verbose+}
// nil PtrFormat PtrFormat 3 {4}
// nil PtrFormat [nil PtrFormat PtrFormat 5]
// wrap: inner leaf(v,10,-1,5)|
