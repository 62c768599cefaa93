package main

import "fmt"

// Asserting a nil interface value to an interface type: Go names the
// operand just "interface", not its static type.
func main() {
	var s fmt.Stringer
	defer func() {
		fmt.Println(recover())
		var e interface{}
		_ = e.(error)
	}()
	_ = s.(interface{ Foo() })
}
