// Sscanf: formats, literals, widths, verbs, newlines and errors.
package main

import "fmt"

func main() {
	var a, b int
	var s, t string
	var f float64
	var r rune
	n, err := fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("key=value", "%3s=%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("ff 0x10 777 101", "%x %v %o %b", &a, &b, &a, &a)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("FF", "%X", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("3.25 x", "%f %c", &f, &r)
	fmt.Println(n, err, f, string(r))
	n, err = fmt.Sscanf(" x", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5 6", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x5", "y%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1  \n  2", "%d \n %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5", "%d%", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"a\tb" `+"`raw`", "%q %q", &s, &t)
	fmt.Printf("%d %v %q %q\n", n, err, s, t)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("true", "%d", &a)
	fmt.Println(n, err)
	var bb bool
	n, err = fmt.Sscanf("true", "%d", &bb)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "abc")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abd", "abc")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("(1, 2)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1,2", "%d , %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab", "%c%c", &r, &a)
	fmt.Println(n, err, r, a)
	n, err = fmt.Sscanf("1.5e2", "%e", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("12.5", "%3f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("z", "%z", &a)
	fmt.Println(n, err)
}

// Output:
// 2 <nil> 10 20
// 2 <nil> key value
// 2 <nil> 12 345
// 2 <nil> abc def
// 4 <nil> 5 16
// 1 <nil> 255
// 2 <nil> 3.25 x
// 1 <nil> 32
// 1 <nil> 100
// 1 <nil> 5
// 1 EOF
// 1 too many operands
// 1 too few operands for format '%d'
// 0 input does not match format
// 1 newline in input does not match format
// 2 <nil> 1 2
// 1 newline in format does not match input
// 2 <nil> 1 2
// 1 missing verb: % at end of format string
// 0 expected integer
// 0 expected quoted string
// 2 <nil> "a\tb" "raw"
// 1 <nil> hello
// 0 expected integer
// 0 bad verb '%d' for boolean
// 0 bad verb '%d' for float64
// 1 <nil> 128512
// 0 EOF
// 0 <nil>
// 0 input does not match format
// 2 <nil> 1 2
// 1 expected space in input to match format
// 2 <nil> 97 98
// 1 <nil> 150
// 1 <nil> 12
// 0 bad verb '%z' for integer
