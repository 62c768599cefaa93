// closures_loopvar.go: in Go 1.19 a for loop has one variable for all iterations, so closures see its final value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	// The classic fix: copy into a fresh variable per iteration.
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	// Same with range: one k and one v for the whole loop.
	var gs []func() string
	for k, v := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
	}
	for _, g := range gs {
		fmt.Print(g(), ";")
	}
	fmt.Println()

	// Pointers to the loop variable all alias the same variable.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	// Passing as an argument copies the current value.
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func(n int) func() int { return func() int { return n * 10 } }(i))
	}
	for _, h := range hs {
		fmt.Print(h(), ";")
	}
	fmt.Println()

	// A closure modifying the loop variable changes the loop.
	for i := 0; i < 10; i++ {
		skip := func() { i += 3 }
		fmt.Print(i, ";")
		skip()
	}
	fmt.Println()
}

// Output:
// 3;3;3;
// 0;1;2;
// 2c;2c;2c;
// 3 3 3 true
// 0;10;20;
// 0;4;8;
