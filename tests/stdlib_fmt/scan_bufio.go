// Fscan from a bufio.Reader (a RuneScanner): the common way to read input.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	in := bufio.NewReader(strings.NewReader("5\n1 2 3 4 5\nword"))
	var cnt int
	fmt.Fscan(in, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var x int
		fmt.Fscan(in, &x)
		sum += x
	}
	var w string
	fmt.Fscan(in, &w)
	fmt.Println(cnt, sum, w)

	var line string
	n, err := fmt.Fscanln(in, &line)
	fmt.Printf("%d %v %q\n", n, err, line)
	r := bufio.NewReader(strings.NewReader("a b\nc"))
	var x, y string
	n, err = fmt.Fscanln(r, &x, &y)
	fmt.Println(n, err, x, y)
	rest, _ := r.ReadString('\n')
	fmt.Printf("%q\n", rest)
}

// Output:
// 5 15 word
// 0 EOF ""
// 2 <nil> a b
// "c"
