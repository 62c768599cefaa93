// Booleans.
package main

import "fmt"

func main() {
	fmt.Println(true, false)
	fmt.Printf("%v %t [%6t] [%-6t] [%06t] %#v %T\n", true, false, true, false, true, false, true)
	fmt.Printf("%d %s %q %x\n", true, false, true, false)
	type ok bool
	fmt.Printf("%v %t %#v %d\n", ok(true), ok(false), ok(true), ok(true))
	fmt.Print(true, false, "x", true, "\n")
}

// Output:
// true false
// true false [  true] [false ] [00true] false bool
// %!d(bool=true) %!s(bool=false) %!q(bool=true) %!x(bool=false)
// true false true %!d(main.ok=true)
// true falsextrue
