// Sscanln and Fscanln stop at newlines.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b, c int
	n, err := fmt.Sscanln("1 2 3\n4", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3 4\n", &a, &b, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("7 8 9   \n", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("\n1", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("5\r\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("x")
	fmt.Println(n, err)
	r := strings.NewReader("10 20\n30 40\n50\n")
	for {
		var x, y int
		n, err := fmt.Fscanln(r, &x, &y)
		fmt.Println(n, err, x, y)
		if err != nil && err.Error() == "EOF" {
			break
		}
		if n == 0 {
			break
		}
	}
}

// Output:
// 3 <nil> 1 2 3
// 2 unexpected newline 1 2
// 3 expected newline
// 3 <nil> 7 8 9
// 0 unexpected newline
// 1 <nil> 5
// 1 <nil> 5
// 0 EOF
// 0 <nil>
// 0 expected newline
// 2 <nil> 10 20
// 2 <nil> 30 40
// 1 unexpected newline 50 0
// 0 EOF 0 0
