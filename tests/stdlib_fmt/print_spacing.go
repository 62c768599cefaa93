// Print adds spaces between operands when neither is a string; Println always does.
package main

import (
	"fmt"
	"os"
)

type str string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(str("x"), str("y"), 1, str("z"), "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println(nil)
	fmt.Println("")
	fmt.Print()
	s := fmt.Sprint("x", 1, 2, "y", 3.5, true)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	n, err := fmt.Println("hello", 42)
	fmt.Println(n, err)
	n, err = fmt.Print("12345\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, "a", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%5s|\n", "ab")
	fmt.Println(n, err)
}

// Output:
// ab1 2c3
// 1 2 3
// xy1z
// <nil> <nil>
// [1] [2]
// a b 1 2
//
// <nil>
//
// x1 2y3.5 true 13
// "x 1\n"
// hello 42
// 9 <nil>
// 12345
// 6 <nil>
// 1-2
// 4 <nil>
// to stdout 1
// 12 <nil>
// a1 2
// 5 <nil>
//    ab|
// 7 <nil>
