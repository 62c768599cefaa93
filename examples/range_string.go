// range_string.go: ranging over a string yields byte offsets and runes; invalid UTF-8 yields U+FFFD one byte at a time.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, 世界"
	var parts []string
	for i, r := range s {
		parts = append(parts, fmt.Sprintf("%d:%c(%d)", i, r, r))
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println("bytes:", len(s))

	// Index only.
	var offsets []int
	for i := range s {
		offsets = append(offsets, i)
	}
	fmt.Println(offsets)

	// Indexing a string gives bytes, not runes.
	for i := 0; i < 3; i++ {
		fmt.Printf("%d:%x;", i, s[i])
	}
	fmt.Println()

	// Invalid UTF-8: each bad byte becomes U+FFFD with width 1.
	bad := "a\xffb\xc3\x28c"
	for i, r := range bad {
		fmt.Printf("%d:%U;", i, r)
	}
	fmt.Println()

	// A truncated multi-byte sequence at the end.
	trunc := "ok\xe4\xb8"
	for i, r := range trunc {
		fmt.Printf("%d:%q;", i, r)
	}
	fmt.Println()

	// Counting runes vs bytes.
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("日本語"))

	// Emoji (4-byte encoding).
	for i, r := range "a😀b" {
		fmt.Println(i, string(r), r)
	}
}

// Output:
// 0:h(104) 1:é(233) 3:l(108) 4:l(108) 5:o(111) 6:,(44) 7: (32) 8:世(19990) 11:界(30028)
// bytes: 14
// [0 1 3 4 5 6 7 8 11]
// 0:68;1:c3;2:a9;
// 0:U+0061;1:U+FFFD;2:U+0062;3:U+FFFD;4:U+0028;5:U+0063;
// 0:'o';1:'k';2:'�';3:'�';
// runes: 3 bytes: 9
// 0 a 97
// 1 😀 128512
// 5 b 98
