// defer_args_order.go: deferred calls run LIFO when the function returns; their arguments are evaluated at defer time.
package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func nested() {
	defer un(trace("nested")) // trace runs now, un runs at return
	fmt.Println("in nested")
}

type T struct{ name string }

func (t T) Close()     { fmt.Println("close", t.name) }
func (t *T) ClosePtr() { fmt.Println("closeptr", t.name) }

func receivers() {
	t := T{"first"}
	defer t.Close()    // receiver value copied now
	defer t.ClosePtr() // pointer receiver: sees later changes
	t.name = "second"
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred i =", i)
	}
	fmt.Println("loop done")
}

func closureVsArg() {
	x := 1
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func deferredFuncValue() {
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
}

func main() {
	defer fmt.Println("main deferred last")
	nested()
	receivers()
	loop()
	closureVsArg()
	deferredFuncValue()
	fmt.Println("main body done")
}

// Output:
// enter nested
// in nested
// leave nested
// closeptr second
// close first
// loop done
// deferred i = 2
// deferred i = 1
// deferred i = 0
// closure x = 2
// arg x = 1
// original f
// main body done
// main deferred last
