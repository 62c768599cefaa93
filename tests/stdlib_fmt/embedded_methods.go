// Methods promoted from embedded fields and embedded interfaces, nil embedded interfaces.
package main

import (
	"errors"
	"fmt"
)

type Name string

func (n Name) String() string { return "name:" + string(n) }

type inner struct{ v int }

func (i inner) String() string { return fmt.Sprint("inner", i.v) }

type WithInner struct {
	inner
	X int
}

type WithPtr struct {
	*inner
}

type WithStringer struct {
	fmt.Stringer
	N int
}

type WithErr struct {
	error
}

type Named struct {
	Name
	Age int
}

type Shadow struct {
	Name
}

func (Shadow) String() string { return "shadow" }

func main() {
	fmt.Println(WithInner{inner{1}, 2})
	fmt.Printf("%+v %s\n", WithInner{inner{3}, 4}, WithInner{})
	fmt.Println(WithPtr{&inner{5}})
	fmt.Println(WithPtr{})
	fmt.Println(WithStringer{Name("a"), 1})
	fmt.Println(WithStringer{})
	fmt.Printf("%d\n", WithStringer{N: 5})
	fmt.Println(WithErr{errors.New("x")}, WithErr{})
	fmt.Println(Named{"bob", 3}, Shadow{"s"})
	fmt.Printf("%#v\n", Named{"bob", 3})
	fmt.Println([]WithInner{{inner{1}, 1}}, map[string]Named{"k": {"n", 1}})
	fmt.Println(struct {
		Named
		n Named
	}{Named{"a", 1}, Named{"b", 2}})
}

// Output:
// inner1
// inner3 inner0
// inner5
// %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// name:a
// %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// {<nil> 5}
// x %!v(PANIC=Error method: runtime error: invalid memory address or nil pointer dereference)
// name:bob shadow
// main.Named{Name:"bob", Age:3}
// [inner1] map[k:name:n]
// name:a
