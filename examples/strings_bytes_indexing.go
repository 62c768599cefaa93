// strings_bytes_indexing.go: strings are immutable byte sequences: indexing, slicing, concatenation, comparison and len.
package main

import "fmt"

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[:5], s[7:10])
	fmt.Printf("%T %T\n", s[0], s[1:2])

	// Concatenation creates new strings.
	t := s
	t += "!"
	fmt.Println(s, t, len(t))

	// Comparison is byte-wise lexicographic.
	fmt.Println("a" < "b", "ab" < "abc", "B" < "a", "é" > "z", "" == "")

	// Building strings in a loop.
	out := ""
	for i := 0; i < 5; i++ {
		out += string(rune('a' + i))
	}
	fmt.Println(out)

	// Raw strings keep backslashes and newlines.
	raw := `C:\path\n
second line`
	fmt.Println(len(raw))
	fmt.Println(raw)

	// Escape sequences.
	esc := "tab\tnewline-escape\\n quote\" unicode\u00e9 hex\x41 octal\101"
	fmt.Println(esc)

	// Byte-wise modification needs a []byte copy.
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s)

	// Counting bytes equal to a value.
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'l' {
			count++
		}
	}
	fmt.Println("l count:", count)

	// Slicing at non-rune boundary gives partial bytes.
	part := s[7:8]
	fmt.Printf("%q %d\n", part, len(part))

	// Strings as map keys and switch values.
	colors := map[string]string{"red": "#f00", "green": "#0f0"}
	for _, k := range []string{"red", "blue"} {
		switch v, ok := colors[k]; {
		case ok:
			fmt.Println(k, v)
		default:
			fmt.Println(k, "unknown")
		}
	}

	// Multi-line concatenation.
	long := "part one, " +
		"part two, " +
		"part three"
	fmt.Println(long)
}

// Output:
// 13 72 228 H Hello 世
// uint8 string
// Hello, 世界 Hello, 世界! 14
// true true true true true
// abcde
// 21
// C:\path\n
// second line
// tab	newline-escape\n quote" unicodeé hexA octalA
// Jello, 世界 Hello, 世界
// l count: 2
// "\xe4" 1
// red #f00
// blue unknown
// part one, part two, part three
