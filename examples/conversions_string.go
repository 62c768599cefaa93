// conversions_string.go: conversions between strings, byte slices, rune slices, and runes (including invalid runes).
package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)

	// Converting back.
	fmt.Println(string(b), string(r))
	b[0] = 'H'
	fmt.Println(string(b), s) // []byte(s) copied the data

	// string(rune) gives the UTF-8 encoding of one code point.
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string('é'))
	// Invalid code points become U+FFFD.
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	fmt.Println([]byte(string(rune(0x10FFFF))))

	// []rune of invalid UTF-8 gives U+FFFD for each bad byte.
	bad := "a\xffz"
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune(bad)))

	// []rune with invalid runes converts back to U+FFFD.
	fmt.Printf("%q\n", string([]rune{72, -5, 105}))

	// Empty and nil conversions.
	var nb []byte
	fmt.Printf("%q %q %v\n", string(nb), string([]rune{}), []byte("") == nil)

	// Strings are immutable; building with byte slices.
	buf := make([]byte, 0, 8)
	for c := byte('a'); c < 'a'+5; c++ {
		buf = append(buf, c, '-')
	}
	fmt.Println(string(buf[:len(buf)-1]))

	// Reversing by runes works with multi-byte characters.
	rs := []rune("añb世")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	// Byte and rune arithmetic.
	fmt.Println(string(rune('a'+2)), 'z'-'a', byte('A')+32)

	// Concatenation and comparison.
	x := "abc" + "def"
	fmt.Println(x, x < "abd", "Z" < "a", "" < "a", x[1:4], x[3])
}

// Output:
// 6 6 5
// [104 195 169 108 108 111]
// [104 233 108 108 111]
// héllo héllo
// Héllo héllo
// A 世 é
// "�" "�" "�"
// [244 143 191 191]
// [97 65533 122] 3
// "a�z"
// "H�i"
// "" "" false
// a-b-c-d-e
// 世bña
// c 25 97
// abcdef true true true bcd 100
