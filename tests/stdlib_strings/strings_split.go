// Splitting and joining strings: Split, SplitN, SplitAfter(N), Fields,
// FieldsFunc, Join, Repeat, Replace, with the capacities of the results.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, v []string) {
	fmt.Printf("%s %q len=%d cap=%d nil=%v\n", name, v, len(v), cap(v), v == nil)
}

func main() {
	inputs := []string{"", "a,b,c", ",a,,b,", "a,b", "日本\xff語", "abc", ",,,", "a, b, c, d"}
	for _, s := range inputs {
		for _, sep := range []string{",", "", ", ", "b"} {
			show(fmt.Sprintf("Split %q %q", s, sep), strings.Split(s, sep))
			show("SplitAfter", strings.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 10} {
				show(fmt.Sprint("SplitN ", n), strings.SplitN(s, sep, n))
				show(fmt.Sprint("SplitAfterN ", n), strings.SplitAfterN(s, sep, n))
			}
		}
	}
	for _, s := range []string{"", "  ", " a b  c ", "\tx\ny\v\fz\r", "a\u00a0b\u2003c\u0085d", "日 本\xff 語", "one"} {
		show("Fields", strings.Fields(s))
		show("FieldsFunc", strings.FieldsFunc(s, func(r rune) bool { return r == 'b' || unicode.IsSpace(r) }))
	}
	show("FieldsFunc all", strings.FieldsFunc("xxx", func(r rune) bool { return true }))

	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q\n", strings.Join([]string{"x", "", "y"}, "--"))

	fmt.Printf("%q %q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), strings.Repeat("日", 7))
	fmt.Println(len(strings.Repeat("abc", 1000)))

	for _, c := range []struct {
		s, old, new string
		n           int
	}{
		{"oink oink oink", "k", "ky", 2}, {"oink oink oink", "oink", "moo", -1}, {"banana", "a", "", -1},
		{"banana", "", "-", -1}, {"banana", "", "-", 3}, {"日本", "", "|", -1}, {"a\xffb", "", ".", -1},
		{"aaa", "a", "a", -1}, {"abc", "x", "y", -1}, {"abc", "b", "XYZ", 0}, {"", "", "x", -1}, {"", "a", "b", -1},
		{"aaaa", "aa", "b", -1}, {"abab", "ab", "", 1},
	} {
		fmt.Printf("Replace(%q, %q, %q, %d) = %q; All = %q\n", c.s, c.old, c.new, c.n,
			strings.Replace(c.s, c.old, c.new, c.n), strings.ReplaceAll(c.s, c.old, c.new))
	}
}

// Output:
// Split "" "," [""] len=1 cap=1 nil=false
// SplitAfter [""] len=1 cap=1 nil=false
// SplitN -1 [""] len=1 cap=1 nil=false
// SplitAfterN -1 [""] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [""] len=1 cap=1 nil=false
// SplitAfterN 1 [""] len=1 cap=1 nil=false
// SplitN 2 [""] len=1 cap=1 nil=false
// SplitAfterN 2 [""] len=1 cap=1 nil=false
// SplitN 10 [""] len=1 cap=1 nil=false
// SplitAfterN 10 [""] len=1 cap=1 nil=false
// Split "" "" [] len=0 cap=0 nil=false
// SplitAfter [] len=0 cap=0 nil=false
// SplitN -1 [] len=0 cap=0 nil=false
// SplitAfterN -1 [] len=0 cap=0 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [] len=0 cap=0 nil=false
// SplitAfterN 1 [] len=0 cap=0 nil=false
// SplitN 2 [] len=0 cap=0 nil=false
// SplitAfterN 2 [] len=0 cap=0 nil=false
// SplitN 10 [] len=0 cap=0 nil=false
// SplitAfterN 10 [] len=0 cap=0 nil=false
// Split "" ", " [""] len=1 cap=1 nil=false
// SplitAfter [""] len=1 cap=1 nil=false
// SplitN -1 [""] len=1 cap=1 nil=false
// SplitAfterN -1 [""] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [""] len=1 cap=1 nil=false
// SplitAfterN 1 [""] len=1 cap=1 nil=false
// SplitN 2 [""] len=1 cap=1 nil=false
// SplitAfterN 2 [""] len=1 cap=1 nil=false
// SplitN 10 [""] len=1 cap=1 nil=false
// SplitAfterN 10 [""] len=1 cap=1 nil=false
// Split "" "b" [""] len=1 cap=1 nil=false
// SplitAfter [""] len=1 cap=1 nil=false
// SplitN -1 [""] len=1 cap=1 nil=false
// SplitAfterN -1 [""] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [""] len=1 cap=1 nil=false
// SplitAfterN 1 [""] len=1 cap=1 nil=false
// SplitN 2 [""] len=1 cap=1 nil=false
// SplitAfterN 2 [""] len=1 cap=1 nil=false
// SplitN 10 [""] len=1 cap=1 nil=false
// SplitAfterN 10 [""] len=1 cap=1 nil=false
// Split "a,b,c" "," ["a" "b" "c"] len=3 cap=3 nil=false
// SplitAfter ["a," "b," "c"] len=3 cap=3 nil=false
// SplitN -1 ["a" "b" "c"] len=3 cap=3 nil=false
// SplitAfterN -1 ["a," "b," "c"] len=3 cap=3 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitN 2 ["a" "b,c"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a," "b,c"] len=2 cap=2 nil=false
// SplitN 10 ["a" "b" "c"] len=3 cap=6 nil=false
// SplitAfterN 10 ["a," "b," "c"] len=3 cap=6 nil=false
// Split "a,b,c" "" ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// SplitAfter ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// SplitN -1 ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// SplitAfterN -1 ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitN 2 ["a" ",b,c"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a" ",b,c"] len=2 cap=2 nil=false
// SplitN 10 ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// SplitAfterN 10 ["a" "," "b" "," "c"] len=5 cap=5 nil=false
// Split "a,b,c" ", " ["a,b,c"] len=1 cap=1 nil=false
// SplitAfter ["a,b,c"] len=1 cap=1 nil=false
// SplitN -1 ["a,b,c"] len=1 cap=1 nil=false
// SplitAfterN -1 ["a,b,c"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitN 2 ["a,b,c"] len=1 cap=2 nil=false
// SplitAfterN 2 ["a,b,c"] len=1 cap=2 nil=false
// SplitN 10 ["a,b,c"] len=1 cap=6 nil=false
// SplitAfterN 10 ["a,b,c"] len=1 cap=6 nil=false
// Split "a,b,c" "b" ["a," ",c"] len=2 cap=2 nil=false
// SplitAfter ["a,b" ",c"] len=2 cap=2 nil=false
// SplitN -1 ["a," ",c"] len=2 cap=2 nil=false
// SplitAfterN -1 ["a,b" ",c"] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b,c"] len=1 cap=1 nil=false
// SplitN 2 ["a," ",c"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a,b" ",c"] len=2 cap=2 nil=false
// SplitN 10 ["a," ",c"] len=2 cap=6 nil=false
// SplitAfterN 10 ["a,b" ",c"] len=2 cap=6 nil=false
// Split ",a,,b," "," ["" "a" "" "b" ""] len=5 cap=5 nil=false
// SplitAfter ["," "a," "," "b," ""] len=5 cap=5 nil=false
// SplitN -1 ["" "a" "" "b" ""] len=5 cap=5 nil=false
// SplitAfterN -1 ["," "a," "," "b," ""] len=5 cap=5 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitN 2 ["" "a,,b,"] len=2 cap=2 nil=false
// SplitAfterN 2 ["," "a,,b,"] len=2 cap=2 nil=false
// SplitN 10 ["" "a" "" "b" ""] len=5 cap=7 nil=false
// SplitAfterN 10 ["," "a," "," "b," ""] len=5 cap=7 nil=false
// Split ",a,,b," "" ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// SplitAfter ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// SplitN -1 ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// SplitAfterN -1 ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitN 2 ["," "a,,b,"] len=2 cap=2 nil=false
// SplitAfterN 2 ["," "a,,b,"] len=2 cap=2 nil=false
// SplitN 10 ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// SplitAfterN 10 ["," "a" "," "," "b" ","] len=6 cap=6 nil=false
// Split ",a,,b," ", " [",a,,b,"] len=1 cap=1 nil=false
// SplitAfter [",a,,b,"] len=1 cap=1 nil=false
// SplitN -1 [",a,,b,"] len=1 cap=1 nil=false
// SplitAfterN -1 [",a,,b,"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitN 2 [",a,,b,"] len=1 cap=2 nil=false
// SplitAfterN 2 [",a,,b,"] len=1 cap=2 nil=false
// SplitN 10 [",a,,b,"] len=1 cap=7 nil=false
// SplitAfterN 10 [",a,,b,"] len=1 cap=7 nil=false
// Split ",a,,b," "b" [",a,," ","] len=2 cap=2 nil=false
// SplitAfter [",a,,b" ","] len=2 cap=2 nil=false
// SplitN -1 [",a,," ","] len=2 cap=2 nil=false
// SplitAfterN -1 [",a,,b" ","] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",a,,b,"] len=1 cap=1 nil=false
// SplitN 2 [",a,," ","] len=2 cap=2 nil=false
// SplitAfterN 2 [",a,,b" ","] len=2 cap=2 nil=false
// SplitN 10 [",a,," ","] len=2 cap=7 nil=false
// SplitAfterN 10 [",a,,b" ","] len=2 cap=7 nil=false
// Split "a,b" "," ["a" "b"] len=2 cap=2 nil=false
// SplitAfter ["a," "b"] len=2 cap=2 nil=false
// SplitN -1 ["a" "b"] len=2 cap=2 nil=false
// SplitAfterN -1 ["a," "b"] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b"] len=1 cap=1 nil=false
// SplitN 2 ["a" "b"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a," "b"] len=2 cap=2 nil=false
// SplitN 10 ["a" "b"] len=2 cap=4 nil=false
// SplitAfterN 10 ["a," "b"] len=2 cap=4 nil=false
// Split "a,b" "" ["a" "," "b"] len=3 cap=3 nil=false
// SplitAfter ["a" "," "b"] len=3 cap=3 nil=false
// SplitN -1 ["a" "," "b"] len=3 cap=3 nil=false
// SplitAfterN -1 ["a" "," "b"] len=3 cap=3 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b"] len=1 cap=1 nil=false
// SplitN 2 ["a" ",b"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a" ",b"] len=2 cap=2 nil=false
// SplitN 10 ["a" "," "b"] len=3 cap=3 nil=false
// SplitAfterN 10 ["a" "," "b"] len=3 cap=3 nil=false
// Split "a,b" ", " ["a,b"] len=1 cap=1 nil=false
// SplitAfter ["a,b"] len=1 cap=1 nil=false
// SplitN -1 ["a,b"] len=1 cap=1 nil=false
// SplitAfterN -1 ["a,b"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b"] len=1 cap=1 nil=false
// SplitN 2 ["a,b"] len=1 cap=2 nil=false
// SplitAfterN 2 ["a,b"] len=1 cap=2 nil=false
// SplitN 10 ["a,b"] len=1 cap=4 nil=false
// SplitAfterN 10 ["a,b"] len=1 cap=4 nil=false
// Split "a,b" "b" ["a," ""] len=2 cap=2 nil=false
// SplitAfter ["a,b" ""] len=2 cap=2 nil=false
// SplitN -1 ["a," ""] len=2 cap=2 nil=false
// SplitAfterN -1 ["a,b" ""] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a,b"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a,b"] len=1 cap=1 nil=false
// SplitN 2 ["a," ""] len=2 cap=2 nil=false
// SplitAfterN 2 ["a,b" ""] len=2 cap=2 nil=false
// SplitN 10 ["a," ""] len=2 cap=4 nil=false
// SplitAfterN 10 ["a,b" ""] len=2 cap=4 nil=false
// Split "日本\xff語" "," ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfter ["日本\xff語"] len=1 cap=1 nil=false
// SplitN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitAfterN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitN 10 ["日本\xff語"] len=1 cap=10 nil=false
// SplitAfterN 10 ["日本\xff語"] len=1 cap=10 nil=false
// Split "日本\xff語" "" ["日" "本" "�" "語"] len=4 cap=4 nil=false
// SplitAfter ["日" "本" "�" "語"] len=4 cap=4 nil=false
// SplitN -1 ["日" "本" "�" "語"] len=4 cap=4 nil=false
// SplitAfterN -1 ["日" "本" "�" "語"] len=4 cap=4 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 2 ["日" "本\xff語"] len=2 cap=2 nil=false
// SplitAfterN 2 ["日" "本\xff語"] len=2 cap=2 nil=false
// SplitN 10 ["日" "本" "�" "語"] len=4 cap=4 nil=false
// SplitAfterN 10 ["日" "本" "�" "語"] len=4 cap=4 nil=false
// Split "日本\xff語" ", " ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfter ["日本\xff語"] len=1 cap=1 nil=false
// SplitN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitAfterN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitN 10 ["日本\xff語"] len=1 cap=10 nil=false
// SplitAfterN 10 ["日本\xff語"] len=1 cap=10 nil=false
// Split "日本\xff語" "b" ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfter ["日本\xff語"] len=1 cap=1 nil=false
// SplitN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN -1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitAfterN 1 ["日本\xff語"] len=1 cap=1 nil=false
// SplitN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitAfterN 2 ["日本\xff語"] len=1 cap=2 nil=false
// SplitN 10 ["日本\xff語"] len=1 cap=10 nil=false
// SplitAfterN 10 ["日本\xff語"] len=1 cap=10 nil=false
// Split "abc" "," ["abc"] len=1 cap=1 nil=false
// SplitAfter ["abc"] len=1 cap=1 nil=false
// SplitN -1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN -1 ["abc"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN 1 ["abc"] len=1 cap=1 nil=false
// SplitN 2 ["abc"] len=1 cap=2 nil=false
// SplitAfterN 2 ["abc"] len=1 cap=2 nil=false
// SplitN 10 ["abc"] len=1 cap=4 nil=false
// SplitAfterN 10 ["abc"] len=1 cap=4 nil=false
// Split "abc" "" ["a" "b" "c"] len=3 cap=3 nil=false
// SplitAfter ["a" "b" "c"] len=3 cap=3 nil=false
// SplitN -1 ["a" "b" "c"] len=3 cap=3 nil=false
// SplitAfterN -1 ["a" "b" "c"] len=3 cap=3 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN 1 ["abc"] len=1 cap=1 nil=false
// SplitN 2 ["a" "bc"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a" "bc"] len=2 cap=2 nil=false
// SplitN 10 ["a" "b" "c"] len=3 cap=3 nil=false
// SplitAfterN 10 ["a" "b" "c"] len=3 cap=3 nil=false
// Split "abc" ", " ["abc"] len=1 cap=1 nil=false
// SplitAfter ["abc"] len=1 cap=1 nil=false
// SplitN -1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN -1 ["abc"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN 1 ["abc"] len=1 cap=1 nil=false
// SplitN 2 ["abc"] len=1 cap=2 nil=false
// SplitAfterN 2 ["abc"] len=1 cap=2 nil=false
// SplitN 10 ["abc"] len=1 cap=4 nil=false
// SplitAfterN 10 ["abc"] len=1 cap=4 nil=false
// Split "abc" "b" ["a" "c"] len=2 cap=2 nil=false
// SplitAfter ["ab" "c"] len=2 cap=2 nil=false
// SplitN -1 ["a" "c"] len=2 cap=2 nil=false
// SplitAfterN -1 ["ab" "c"] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["abc"] len=1 cap=1 nil=false
// SplitAfterN 1 ["abc"] len=1 cap=1 nil=false
// SplitN 2 ["a" "c"] len=2 cap=2 nil=false
// SplitAfterN 2 ["ab" "c"] len=2 cap=2 nil=false
// SplitN 10 ["a" "c"] len=2 cap=4 nil=false
// SplitAfterN 10 ["ab" "c"] len=2 cap=4 nil=false
// Split ",,," "," ["" "" "" ""] len=4 cap=4 nil=false
// SplitAfter ["," "," "," ""] len=4 cap=4 nil=false
// SplitN -1 ["" "" "" ""] len=4 cap=4 nil=false
// SplitAfterN -1 ["," "," "," ""] len=4 cap=4 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",,,"] len=1 cap=1 nil=false
// SplitN 2 ["" ",,"] len=2 cap=2 nil=false
// SplitAfterN 2 ["," ",,"] len=2 cap=2 nil=false
// SplitN 10 ["" "" "" ""] len=4 cap=4 nil=false
// SplitAfterN 10 ["," "," "," ""] len=4 cap=4 nil=false
// Split ",,," "" ["," "," ","] len=3 cap=3 nil=false
// SplitAfter ["," "," ","] len=3 cap=3 nil=false
// SplitN -1 ["," "," ","] len=3 cap=3 nil=false
// SplitAfterN -1 ["," "," ","] len=3 cap=3 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",,,"] len=1 cap=1 nil=false
// SplitN 2 ["," ",,"] len=2 cap=2 nil=false
// SplitAfterN 2 ["," ",,"] len=2 cap=2 nil=false
// SplitN 10 ["," "," ","] len=3 cap=3 nil=false
// SplitAfterN 10 ["," "," ","] len=3 cap=3 nil=false
// Split ",,," ", " [",,,"] len=1 cap=1 nil=false
// SplitAfter [",,,"] len=1 cap=1 nil=false
// SplitN -1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN -1 [",,,"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",,,"] len=1 cap=1 nil=false
// SplitN 2 [",,,"] len=1 cap=2 nil=false
// SplitAfterN 2 [",,,"] len=1 cap=2 nil=false
// SplitN 10 [",,,"] len=1 cap=4 nil=false
// SplitAfterN 10 [",,,"] len=1 cap=4 nil=false
// Split ",,," "b" [",,,"] len=1 cap=1 nil=false
// SplitAfter [",,,"] len=1 cap=1 nil=false
// SplitN -1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN -1 [",,,"] len=1 cap=1 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 [",,,"] len=1 cap=1 nil=false
// SplitAfterN 1 [",,,"] len=1 cap=1 nil=false
// SplitN 2 [",,,"] len=1 cap=2 nil=false
// SplitAfterN 2 [",,,"] len=1 cap=2 nil=false
// SplitN 10 [",,,"] len=1 cap=4 nil=false
// SplitAfterN 10 [",,,"] len=1 cap=4 nil=false
// Split "a, b, c, d" "," ["a" " b" " c" " d"] len=4 cap=4 nil=false
// SplitAfter ["a," " b," " c," " d"] len=4 cap=4 nil=false
// SplitN -1 ["a" " b" " c" " d"] len=4 cap=4 nil=false
// SplitAfterN -1 ["a," " b," " c," " d"] len=4 cap=4 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitN 2 ["a" " b, c, d"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a," " b, c, d"] len=2 cap=2 nil=false
// SplitN 10 ["a" " b" " c" " d"] len=4 cap=10 nil=false
// SplitAfterN 10 ["a," " b," " c," " d"] len=4 cap=10 nil=false
// Split "a, b, c, d" "" ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// SplitAfter ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// SplitN -1 ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// SplitAfterN -1 ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitN 2 ["a" ", b, c, d"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a" ", b, c, d"] len=2 cap=2 nil=false
// SplitN 10 ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// SplitAfterN 10 ["a" "," " " "b" "," " " "c" "," " " "d"] len=10 cap=10 nil=false
// Split "a, b, c, d" ", " ["a" "b" "c" "d"] len=4 cap=4 nil=false
// SplitAfter ["a, " "b, " "c, " "d"] len=4 cap=4 nil=false
// SplitN -1 ["a" "b" "c" "d"] len=4 cap=4 nil=false
// SplitAfterN -1 ["a, " "b, " "c, " "d"] len=4 cap=4 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitN 2 ["a" "b, c, d"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a, " "b, c, d"] len=2 cap=2 nil=false
// SplitN 10 ["a" "b" "c" "d"] len=4 cap=10 nil=false
// SplitAfterN 10 ["a, " "b, " "c, " "d"] len=4 cap=10 nil=false
// Split "a, b, c, d" "b" ["a, " ", c, d"] len=2 cap=2 nil=false
// SplitAfter ["a, b" ", c, d"] len=2 cap=2 nil=false
// SplitN -1 ["a, " ", c, d"] len=2 cap=2 nil=false
// SplitAfterN -1 ["a, b" ", c, d"] len=2 cap=2 nil=false
// SplitN 0 [] len=0 cap=0 nil=true
// SplitAfterN 0 [] len=0 cap=0 nil=true
// SplitN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitAfterN 1 ["a, b, c, d"] len=1 cap=1 nil=false
// SplitN 2 ["a, " ", c, d"] len=2 cap=2 nil=false
// SplitAfterN 2 ["a, b" ", c, d"] len=2 cap=2 nil=false
// SplitN 10 ["a, " ", c, d"] len=2 cap=10 nil=false
// SplitAfterN 10 ["a, b" ", c, d"] len=2 cap=10 nil=false
// Fields [] len=0 cap=0 nil=false
// FieldsFunc [] len=0 cap=0 nil=false
// Fields [] len=0 cap=0 nil=false
// FieldsFunc [] len=0 cap=0 nil=false
// Fields ["a" "b" "c"] len=3 cap=3 nil=false
// FieldsFunc ["a" "c"] len=2 cap=2 nil=false
// Fields ["x" "y" "z"] len=3 cap=3 nil=false
// FieldsFunc ["x" "y" "z"] len=3 cap=3 nil=false
// Fields ["a" "b" "c" "d"] len=4 cap=4 nil=false
// FieldsFunc ["a" "c" "d"] len=3 cap=3 nil=false
// Fields ["日" "本\xff" "語"] len=3 cap=3 nil=false
// FieldsFunc ["日" "本\xff" "語"] len=3 cap=3 nil=false
// Fields ["one"] len=1 cap=1 nil=false
// FieldsFunc ["one"] len=1 cap=1 nil=false
// FieldsFunc all [] len=0 cap=0 nil=false
// ""
// "a"
// "a, b, c"
// ""
// "x----y"
// "ababab" "" "" "日日日日日日日"
// 3000
// Replace("oink oink oink", "k", "ky", 2) = "oinky oinky oink"; All = "oinky oinky oinky"
// Replace("oink oink oink", "oink", "moo", -1) = "moo moo moo"; All = "moo moo moo"
// Replace("banana", "a", "", -1) = "bnn"; All = "bnn"
// Replace("banana", "", "-", -1) = "-b-a-n-a-n-a-"; All = "-b-a-n-a-n-a-"
// Replace("banana", "", "-", 3) = "-b-a-nana"; All = "-b-a-n-a-n-a-"
// Replace("日本", "", "|", -1) = "|日|本|"; All = "|日|本|"
// Replace("a\xffb", "", ".", -1) = ".a.\xff.b."; All = ".a.\xff.b."
// Replace("aaa", "a", "a", -1) = "aaa"; All = "aaa"
// Replace("abc", "x", "y", -1) = "abc"; All = "abc"
// Replace("abc", "b", "XYZ", 0) = "abc"; All = "aXYZc"
// Replace("", "", "x", -1) = "x"; All = "x"
// Replace("", "a", "b", -1) = ""; All = ""
// Replace("aaaa", "aa", "b", -1) = "bb"; All = "bb"
// Replace("abab", "ab", "", 1) = "ab"; All = ""
