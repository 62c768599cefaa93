// func_named_results.go: named results start as zero values, bare returns, and shadowing of result names.
package main

import (
	"fmt"
	"strings"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, p *int, b bool, f []int) { return }

func parse(s string) (word string, rest string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return // all zero values
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, "", true
	}
	word, rest, ok = s[:i], s[i+1:], true
	return
}

func explicitOverride() (result int) {
	result = 5
	return 10 // explicit values are assigned to the results
}

func countWords(text string) (n int) {
	for _, f := range strings.Fields(text) {
		if f != "" {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(split(17))
	n, s, p, b, f := zero()
	fmt.Println(n, s == "", p == nil, b, f == nil)
	for _, in := range []string{"  hello brave new world", "single", "   "} {
		w, r, ok := parse(in)
		fmt.Printf("%q %q %v\n", w, r, ok)
	}
	fmt.Println(explicitOverride())
	fmt.Println(countWords("the quick  brown\tfox\n"))
}

// Output:
// 7 10
// 0 true true false true
// "hello" "brave new world" true
// "single" "" true
// "" "" false
// 10
// 4
