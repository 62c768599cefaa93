// fmt_verbs_string.go: string and byte-slice verbs %s %q %#q %+q %x %X % x, precision and width.
package main

import "fmt"

func main() {
	s := "héllo\tworld\n"
	fmt.Printf("%s|\n", "plain")
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s) // ASCII only
	fmt.Printf("%#q %#q\n", "back`quote", "can backquote")
	fmt.Printf("%x\n", "hello")
	fmt.Printf("%X\n", "hello")
	fmt.Printf("% x\n", "hello")
	fmt.Printf("%#x\n", "hi")
	fmt.Printf("% #x\n", "hi")
	fmt.Printf("%v\n", "value")

	// Precision truncates by runes; width pads.
	fmt.Printf("[%.3s] [%.3s] [%8s] [%-8s] [%8.2s]\n", "abcdef", "héllo", "right", "left", "trunc")
	fmt.Printf("[%.2q] [%10q] [%-10q]\n", "abcdef", "q", "q")
	fmt.Printf("[%08s] [%x] [%.2x]\n", "zero", "", "abcdef")

	// Byte slices format like strings with %s %q %x.
	b := []byte("bytes\x00\xff")
	fmt.Printf("%s|%q|%x|% X\n", b[:5], b, b, b)
	fmt.Printf("%v\n", b)

	// Slices of strings apply the verb to each element.
	names := []string{"ann", "bob", "c d"}
	fmt.Printf("%s\n%q\n%v\n%x\n", names, names, names, names)
	fmt.Printf("%5s|\n", names)

	// Special characters in %q.
	fmt.Printf("%q\n", "quote\" backslash\\ bell\a nul\x00 del\x7f é 世 \xff")
	fmt.Printf("%+q\n", "é 世 😀")

	// Strings with %d are a bad verb.
	var str interface{} = "str"
	fmt.Printf("%d\n", str)

	// Named string types and %T.
	type Color string
	c := Color("red")
	fmt.Printf("%s %q %v %T\n", c, c, c, c)
	fmt.Printf("%s\n", []Color{"a", "b"})

	// Rune and byte conversions in %s.
	fmt.Printf("%s %s\n", string(rune(97)), string([]byte{104, 105}))
}

// Output:
// plain|
// "héllo\tworld\n"
// "h\u00e9llo\tworld\n"
// "back`quote" `can backquote`
// 68656c6c6f
// 68656C6C6F
// 68 65 6c 6c 6f
// 0x6869
// 0x68 0x69
// value
// [abc] [hél] [   right] [left    ] [      tr]
// ["ab"] [       "q"] ["q"       ]
// [0000zero] [] [6162]
// bytes|"bytes\x00\xff"|627974657300ff|62 79 74 65 73 00 FF
// [98 121 116 101 115 0 255]
// [ann bob c d]
// ["ann" "bob" "c d"]
// [ann bob c d]
// [616e6e 626f62 632064]
// [  ann   bob   c d]|
// "quote\" backslash\\ bell\a nul\x00 del\x7f é 世 \xff"
// "\u00e9 \u4e16 \U0001f600"
// %!d(string=str)
// red "red" red main.Color
// [a b]
// a hi
