// %c, %q and %U of runes and the rune-by-rune precision of strings.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', '\t', 0xFFFD, 0xD800, 0x10FFFF, 0x110000, -5} {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%x\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%q %q %#q\n", '\'', '"', '\'')
	fmt.Printf("[%.2s] [%.1q] [%5.1s] [%.0s]\n", "日本語", "日本語", "日本語", "abc")
	fmt.Printf("[%6s] [%-6s]\n", "日本", "日本")
	fmt.Printf("%q %+q %U\n", 0x7f, 0x7f, 0x7f)
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	fmt.Printf("%c %c\n", uint64(1<<40), int8(65))
	fmt.Printf("%q\n", []int32{0x1F600, 'z'})
	fmt.Printf("%+q %#+q %# q\n", "日本\x00", "日本", "x")
}

// Output:
// a|'a'|'a'|'a'|U+0061|U+0061 'a'|61
// é|'é'|'\u00e9'|'é'|U+00E9|U+00E9 'é'|e9
// 世|'世'|'\u4e16'|'世'|U+4E16|U+4E16 '世'|4e16
// 😀|'😀'|'\U0001f600'|'😀'|U+1F600|U+1F600 '😀'|1f600
// 	|'\t'|'\t'|'\t'|U+0009|U+0009|9
// �|'�'|'\ufffd'|'�'|U+FFFD|U+FFFD '�'|fffd
// �|'�'|'\ufffd'|'�'|U+D800|U+D800|d800
// 􏿿|'\U0010ffff'|'\U0010ffff'|'\U0010ffff'|U+10FFFF|U+10FFFF|10ffff
// �|'�'|'\ufffd'|'�'|U+110000|U+110000|110000
// �|'�'|'\ufffd'|'�'|U+FFFFFFFFFFFFFFFB|U+FFFFFFFFFFFFFFFB|-5
// '\'' '"' '\''
// [日本] ["日"] [    日] []
// [    日本] [日本    ]
// '\x7f' '\x7f' U+007F
// Hi!
// � A
// ['😀' 'z']
// "\u65e5\u672c\x00" `日本` `x`
