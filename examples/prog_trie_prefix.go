// prog_trie_prefix.go: a rune trie with prefix search through a recursive closure.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	end      bool
	count    int
}

type Trie struct {
	root *node
	size int
}

func New() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		c.count++
		n = c
	}
	if !n.end {
		t.size++
	}
	n.end = true
}

func (t *Trie) find(p string) *node {
	n := t.root
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(p string) []string {
	n := t.find(p)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	walk(n, []rune(p))
	return out
}

func main() {
	t := New()
	text := "the quick brown fox jumps over the lazy dog then the fox thinks über überall"
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("size:", t.size)
	for _, p := range []string{"th", "f", "über", "x", ""} {
		res := t.WithPrefix(p)
		fmt.Printf("%q -> %d %q\n", p, len(res), res)
	}
	if n := t.find("the"); n != nil {
		fmt.Println("prefix count 'the':", n.count)
	}
	fmt.Println(t.WithPrefix("zz") == nil)
}

// Output:
// size: 12
// "th" -> 3 ["the" "then" "thinks"]
// "f" -> 1 ["fox"]
// "über" -> 2 ["über" "überall"]
// "x" -> 0 []
// "" -> 12 ["brown" "dog" "fox" "jumps" "lazy" "over" "quick" "the" "then" "thinks" "über" "überall"]
// prefix count 'the': 4
// true
