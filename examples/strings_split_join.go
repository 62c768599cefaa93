// strings_split_join.go: Split, SplitN, SplitAfter, Fields, FieldsFunc, Join and Repeat, including edge cases.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("a  b", " "))
	fmt.Printf("%q\n", strings.Split("no separator", "|"))

	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))

	fmt.Printf("%q\n", strings.Fields("  the\tquick \n brown  fox  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' }))

	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Printf("%q %q\n", strings.Join(nil, ","), strings.Join([]string{"only"}, ","))

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), len(strings.Repeat("x", 0)))

	// Round trip: split and join.
	path := "/usr/local/bin"
	parts := strings.Split(path, "/")
	fmt.Println(len(parts), parts[1:], strings.Join(parts, "/") == path)

	// CSV-like line parsing.
	line := "name, age ,city"
	var cols []string
	for _, c := range strings.Split(line, ",") {
		cols = append(cols, strings.TrimSpace(c))
	}
	fmt.Printf("%q\n", cols)

	// Lines of a multi-line string.
	text := "first\nsecond\n\nfourth\n"
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	for i, l := range lines {
		fmt.Printf("%d:%q\n", i, l)
	}
}

// Output:
// ["a" "b" "c"]
// ["a" "b" "c" ""]
// [""]
// ["a" "b" "c"]
// ["h" "é" "l" "l" "o"]
// ["a" "" "b"]
// ["no separator"]
// ["a" "b,c,d"]
// []
// ["a" "b" "c" "d"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["the" "quick" "brown" "fox"]
// []
// ["a" "b" "c" "d"]
// x, y, z
// "" "only"
// ababab ---------- 0
// 4 [usr local bin] true
// ["name" "age" "city"]
// 0:"first"
// 1:"second"
// 2:""
// 3:"fourth"
