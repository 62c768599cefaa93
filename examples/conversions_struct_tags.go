// conversions_struct_tags.go: conversions between struct types that differ only in their tags (at any depth), of values and of pointers.
package main

import "fmt"

type A struct {
	X int    `json:"x"`
	S string `json:"s"`
	In struct {
		V []int `k:"v"`
	}
}

type B struct {
	X  int
	S  string
	In struct{ V []int }
}

func main() {
	a := A{X: 1, S: "s"}
	a.In.V = []int{1, 2}
	b := B(a)
	b.In.V[0] = 100
	fmt.Printf("%+v %+v\n", a, b)
	pa := &a
	pb := (*B)(pa)
	pb.X = 7
	fmt.Println(a.X, pb.S)
	as := []A{a}
	for _, v := range as {
		fmt.Println(B(v).X == b.X, B(v))
	}
	var i interface{} = B(a)
	_, ok := i.(A)
	fmt.Println(ok)
}

// Output:
// {X:1 S:s In:{V:[100 2]}} {X:1 S:s In:{V:[100 2]}}
// 7 s
// false {7 s {[100 2]}}
// false
