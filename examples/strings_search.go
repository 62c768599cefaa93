// strings_search.go: strings.Contains, Index*, LastIndex*, HasPrefix/HasSuffix, Count, EqualFold and Cut.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"

	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""), strings.ContainsRune(s, 'q'))

	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny(s, "zyx"), strings.LastIndexAny(s, "aeiou"), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexFunc("abc123def", unicode.IsDigit))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))

	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))

	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""), strings.Count("aaaa", "aa"))

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)

	// Parse "k=v" pairs with Cut.
	for _, kv := range strings.Fields("a=1 b=2 c") {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Printf("%s->%s(%v) ", k, v, ok)
	}
	fmt.Println("end")

	// Comparing strings.
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println("apple" < "banana", "Zebra" < "apple", "abc" < "abcd")

	// Find all occurrences.
	var positions []int
	for i := 0; ; {
		j := strings.Index(s[i:], "o")
		if j < 0 {
			break
		}
		positions = append(positions, i+j)
		i += j + 1
	}
	fmt.Println(positions)
}

// Output:
// true false true
// true false true
// 0 31 -1
// 4 4 3
// 18 41 41
// 3 5
// 0 0 3
// true false true true
// 4 2 5 2
// true false true
// "key" "value=more" true
// "novalue" "" false
// a->1(true) b->2(true) c->(false) end
// -1 1 0
// true true true
// [12 17 26 41]
