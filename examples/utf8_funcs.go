// utf8_funcs.go: unicode/utf8: RuneLen, RuneCountInString, DecodeRuneInString, DecodeLastRuneInString, EncodeRune, ValidString, AppendRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, utf8.MaxRune + 1} {
		fmt.Printf("RuneLen(%U) = %d  ValidRune=%v\n", r, utf8.RuneLen(r), utf8.ValidRune(r))
	}

	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))

	// Decode rune by rune.
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println("end")

	// Decode from the end.
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%q %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString("世")
	fmt.Printf("%q %d\n", r, size)

	// Invalid and empty input.
	r, size = utf8.DecodeRuneInString("\xff\xfe")
	fmt.Printf("%q %d %v\n", r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("")
	fmt.Printf("%q %d\n", r, size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8") // truncated
	fmt.Printf("%q %d\n", r, size)

	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8, 0x96}))
	fmt.Println(utf8.RuneCountInString("a\xffb"), utf8.FullRuneInString("\xe4\xb8"), utf8.RuneStart(0x96))

	// Encoding.
	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'ß', '€', '𝄞', -5} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U -> % x (%d bytes)\n", r, buf[:n], n)
	}
	b := utf8.AppendRune([]byte("go"), '→')
	fmt.Println(string(b), len(b))

	// Truncate a string to at most n runes without cutting a character.
	truncate := func(s string, n int) string {
		count := 0
		for i := range s {
			if count == n {
				return s[:i]
			}
			count++
		}
		return s
	}
	fmt.Println(truncate(s, 3), truncate(s, 8), truncate("ab", 5))
	fmt.Println(utf8.RuneSelf, utf8.UTFMax, utf8.MaxRune)
}

// Output:
// RuneLen(U+0061) = 1  ValidRune=true
// RuneLen(U+00E9) = 2  ValidRune=true
// RuneLen(U+4E16) = 3  ValidRune=true
// RuneLen(U+1F600) = 4  ValidRune=true
// RuneLen(U+FFFFFFFFFFFFFFFF) = -1  ValidRune=false
// RuneLen(U+D800) = -1  ValidRune=false
// RuneLen(U+110000) = -1  ValidRune=false
// 15 10 10
// h:1 é:2 l:1 l:1 o:1 ,:1  :1 世:3 界:3 !:1 end
// '!' 1
// '世' 3
// '�' 1 true
// '�' 0
// '�' 1
// true false true
// 3 false false
// U+0041 -> 41 (1 bytes)
// U+00DF -> c3 9f (2 bytes)
// U+20AC -> e2 82 ac (3 bytes)
// U+1D11E -> f0 9d 84 9e (4 bytes)
// U+FFFFFFFFFFFFFFFB -> ef bf bd (3 bytes)
// go→ 5
// hél héllo, 世 ab
// 128 4 1114111
