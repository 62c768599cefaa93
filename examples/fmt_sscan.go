// fmt_sscan.go: parsing input strings with fmt.Sscan, Sscanf and Sscanln, including error results.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscan("alice 30 1.68", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	// Sscan treats newlines as spaces.
	var a, b int
	n, err = fmt.Sscan("7\n\n  8", &a, &b)
	fmt.Println(n, err, a, b)

	// Sscanf follows a format.
	var x, y int
	var op string
	n, err = fmt.Sscanf("12 + 30", "%d %s %d", &x, &op, &y)
	fmt.Println(n, err, x, op, y)

	var hh, mm, ss int
	n, err = fmt.Sscanf("09:05:59", "%d:%d:%d", &hh, &mm, &ss)
	fmt.Println(n, err, hh*3600+mm*60+ss)

	var hex int
	var word string
	fmt.Sscanf("ff-xyz", "%x-%s", &hex, &word)
	fmt.Println(hex, word)

	// Sscanln stops at a newline.
	var p, q int
	n, err = fmt.Sscanln("1\n2", &p, &q)
	fmt.Println(n, err, p, q)

	// Type errors.
	var num int
	n, err = fmt.Sscan("abc", &num)
	fmt.Println(n, err, num)
	n, err = fmt.Sscan("", &num)
	fmt.Println(n, err)

	// Booleans and runes.
	var flag bool
	var ch rune
	fmt.Sscanf("true Z", "%t %c", &flag, &ch)
	fmt.Println(flag, string(ch))

	// Reading a list of numbers, skipping bad tokens (Sscan stops at the first
	// character that cannot continue an integer, so "9.5" yields 9).
	var nums []int
	for _, tok := range strings.Fields("3 1 4 x 1 5 9.5 2 6") {
		var v int
		if _, err := fmt.Sscan(tok, &v); err != nil {
			fmt.Printf("bad token %q: %v\n", tok, err)
			continue
		}
		nums = append(nums, v)
	}
	fmt.Println(nums)
}

// Output:
// 3 <nil> alice 30 1.68
// 2 <nil> 7 8
// 3 <nil> 12 + 30
// 3 <nil> 32759
// 255 xyz
// 1 unexpected newline 1 0
// 0 expected integer 0
// 0 EOF
// true Z
// bad token "x": expected integer
// [3 1 4 1 5 9 2 6]
