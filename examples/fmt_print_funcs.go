// fmt_print_funcs.go: Print, Println, Printf, Sprint*, Fprint* and their spacing rules and return values.
package main

import (
	"fmt"
	"os"
)

func main() {
	// Print adds spaces only between operands when neither is a string.
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	// Println always separates with spaces and adds a newline.
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	fmt.Println(nil, []int{1}, map[string]int{"k": 1})

	s := fmt.Sprint("n=", 42, " ok")
	fmt.Println(s, len(s))
	s = fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("line", 1)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%d-%s", 7, "seven")
	fmt.Println(s)

	// Fprint* write to any io.Writer; here os.Stdout.
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 1, 2)
	fmt.Fprintf(os.Stdout, "fprintf %05d\n", 42)

	// The functions return the number of bytes written and an error.
	n, err := fmt.Println("héllo")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s|\n", "abc")
	fmt.Println(n, err)

	// Printf does not add a newline; several calls build a line.
	for i := 0; i < 3; i++ {
		fmt.Printf("[%d]", i)
	}
	fmt.Printf("\n")

	// Percent sign and plain strings without verbs.
	fmt.Printf("100%%\n")
	fmt.Printf("no verbs here\n")

	// Sprint of various values.
	type pair struct {
		a int
		b string
	}
	fmt.Println(fmt.Sprint(pair{1, "x"}, &pair{2, "y"}, []string{"p", "q"}))
	fmt.Println(fmt.Sprint("a", pair{1, "x"}, "b"))
	fmt.Println(fmt.Sprint(3.0, float32(2.5), 1e21, 1e-7, 100000000.0))
}

// Output:
// ab1 2c3.5 true
// 1 2 3
// x1
// a b 1 2 c
//
// <nil> [1] map[k:1]
// n=42 ok 7
// "1 2three4 5"
// "line 1\n"
// 7-seven
// fprint1 2
// fprintln 1 2
// fprintf 00042
// héllo
// 7 <nil>
// abc|
// 5 <nil>
// [0][1][2]
// 100%
// no verbs here
// {1 x} &{2 y} [p q]
// a{1 x}b
// 3 2.5 1e+21 1e-07 1e+08
