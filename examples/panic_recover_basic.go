// panic_recover_basic.go: recover returns the panic value inside a deferred call; re-panics; recover elsewhere returns nil.
package main

import (
	"errors"
	"fmt"
)

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s recovered: %v (%T)\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "finished normally")
}

func helperRecover() interface{} { return recover() } // not called directly by a deferred function

func rethrow() {
	defer func() {
		r := recover()
		fmt.Println("first handler saw:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}

func deferOrder() {
	defer fmt.Println("deferred 1 still runs")
	defer func() {
		fmt.Println("recovered in 2:", recover())
	}()
	defer fmt.Println("deferred 3 runs first")
	panic("order")
}

func result() (n int) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	n = 10
	panic("fail")
}

func main() {
	fmt.Println("recover outside panic:", recover())
	safely("string", func() { panic("something bad") })
	safely("int", func() { panic(42) })
	safely("error", func() { panic(errors.New("an error value")) })
	safely("none", func() {})
	safely("rethrow", rethrow)
	deferOrder()
	fmt.Println("result:", result())

	func() {
		defer func() {
			fmt.Println("helper returned:", helperRecover())
			fmt.Println("direct recover:", recover())
		}()
		panic("p")
	}()

	// A panic inside a deferred call replaces the current one.
	safely("replace", func() {
		defer func() { panic("second") }()
		panic("first")
	})
	fmt.Println("main done")
}

// Output:
// recover outside panic: <nil>
// string recovered: something bad (string)
// int recovered: 42 (int)
// error recovered: an error value (*errors.errorString)
// none finished normally
// first handler saw: original
// rethrow recovered: re-panic: original (string)
// deferred 3 runs first
// recovered in 2: order
// deferred 1 still runs
// result: -1
// helper returned: <nil>
// direct recover: p
// replace recovered: second (string)
// main done
