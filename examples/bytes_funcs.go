// bytes_funcs.go: bytes package functions mirroring strings: Contains, Equal, Compare, Index, Split, Fields, Join, ToUpper, Trim, Replace.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("Hello, Gophers! Hello!")
	fmt.Println(bytes.Contains(b, []byte("Gopher")), bytes.Contains(b, []byte("gopher")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Index(b, []byte("Hello")), bytes.LastIndex(b, []byte("Hello")), bytes.IndexByte(b, '!'), bytes.Count(b, []byte("l")))
	fmt.Println(bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("!")), bytes.EqualFold([]byte("GO"), []byte("go")))

	fmt.Printf("%s\n", bytes.ToUpper(b))
	fmt.Printf("%s\n", bytes.ToLower(b))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  padded  ")))
	fmt.Printf("%q\n", bytes.Trim([]byte("--x--"), "-"))
	fmt.Printf("%s\n", bytes.Replace(b, []byte("Hello"), []byte("Bye"), 1))
	fmt.Printf("%s\n", bytes.ReplaceAll(b, []byte("Hello"), []byte("Bye")))

	parts := bytes.Split([]byte("a,b,,c"), []byte(","))
	fmt.Printf("%d %q\n", len(parts), parts)
	fmt.Printf("%q\n", bytes.Fields([]byte("  one two\tthree ")))
	joined := bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("-"))
	fmt.Printf("%s\n", joined)
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s %s\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")), bytes.TrimSuffix([]byte("x.go"), []byte(".go")))

	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)

	// Results of Split alias the original slice.
	data := []byte("aa|bb")
	pieces := bytes.Split(data, []byte("|"))
	pieces[0][0] = 'X'
	fmt.Printf("%s\n", data)

	// Map over runes.
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return 'L'
		}
		return r
	}, []byte("hello")))

	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.ContainsAny([]byte("xyz"), "az"), bytes.ContainsRune([]byte("é"), 'é'))
	fmt.Println(bytes.Runes([]byte("hé")))
}

// Output:
// true false
// true true -1
// 0 16 14 4
// true true true
// HELLO, GOPHERS! HELLO!
// hello, gophers! hello!
// "padded"
// "x"
// Bye, Gophers! Hello!
// Bye, Gophers! Bye!
// 4 ["a" "b" "" "c"]
// ["one" "two" "three"]
// x-y-z
// ababab
// x x
// k v true
// Xa|bb
// heLLo
// 4 true true
// [104 233]
