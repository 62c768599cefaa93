// type_switch.go: type switches with a nil case, several types per case, interface cases and default.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		// v has the type interface{} here because the case lists two types.
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice with %d ints", len(v))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(v))
	case error:
		return "error: " + v.Error()
	case Stringer:
		return "stringer: " + v.String()
	case func(int) int:
		return fmt.Sprint("func giving ", v(2))
	case *int:
		if v == nil {
			return "nil *int"
		}
		return fmt.Sprint("pointer to ", *v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	n := 7
	values := []interface{}{
		nil, 42, int64(-1), "hello", true, false,
		[]int{1, 2, 3}, map[string]int{"a": 1},
		errors.New("bad"), Temp(21.5),
		func(x int) int { return x * x }, &n,
		3.14, struct{}{}, []string{},
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	// A type switch without binding a variable.
	var e interface{} = 'x'
	switch e.(type) {
	case rune:
		fmt.Println("rune (int32)")
	case byte:
		fmt.Println("byte")
	}

	// A typed nil pointer in an interface is not the nil case.
	var p *int
	var i interface{} = p
	fmt.Println(describe(i), i == nil)
	switch i.(type) {
	case nil:
		fmt.Println("nil")
	case *int:
		fmt.Println("*int holding nil")
	}
}

// Output:
// nil
// integer 42 (int)
// integer -1 (int64)
// string of length 5
// true bool
// false bool
// slice with 3 ints
// map with 1 keys
// error: bad
// stringer: 21.5°C
// func giving 4
// pointer to 7
// other float64
// other struct {}
// other []string
// rune (int32)
// nil *int false
// *int holding nil
