// interface_compare.go: interface values compare by dynamic type and value; nil interfaces vs typed nils; uncomparable panics.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Num int

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // non-nil interface even when e is nil!
}

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)

	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b) // different dynamic types
	b = Num(1)
	fmt.Println(a == b, b == Num(1))

	a, b = "go", "go"
	fmt.Println(a == b)

	// Comparing an interface with a concrete value.
	var s fmt.Stringer
	fmt.Println(s == nil)
	var i interface{} = 3.5
	fmt.Println(i == 3.5, i == 3)

	// Pointers in interfaces compare by address.
	p1, p2 := &MyErr{"x"}, &MyErr{"x"}
	var e1, e2, e3 error = p1, p2, p1
	fmt.Println(e1 == e2, e1 == e3)

	// The typed nil trap.
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))

	// Structs inside interfaces compare field by field.
	type P struct{ X, Y int }
	var pa, pb interface{} = P{1, 2}, P{1, 2}
	fmt.Println(pa == pb)

	// Comparing uncomparable dynamic types panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	}()

	// Interface values as map keys.
	m := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Num(1): "Num"}
	fmt.Println(m[1], m["1"], m[1.0], m[Num(1)], len(m))
}

// Output:
// true true
// true
// false
// false true
// true
// true
// true false
// false true
// false true
// *main.MyErr true
// true
// recovered: runtime error: comparing uncomparable type []int
// recovered: runtime error: hash of unhashable type []int
// int string float Num 4
