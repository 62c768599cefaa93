package main

import "strings"

// Methods whose receiver is not a local, non-pointer, non-interface named
// type: reported at the receiver's name (or type), with types2's wording;
// their bodies are still checked (strings is used by one of them).
type PT *int
type I interface{ M() }
type A = []int

func (s string) Upper() string { return strings.ToUpper(s) }
func (*strings.Builder) B()    {}
func (p *[]int) C()            {}
func (PT) D()                  {}
func (x *I) F()                {}
func (y *error) H()            {}
func (A) J()                   {}
func (z Undef) K()             { var unused int }

func main() {}
