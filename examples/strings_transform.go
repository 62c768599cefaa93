// strings_transform.go: ToUpper/ToLower, Trim family, Replace/ReplaceAll, Map and Title-free capitalization.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func main() {
	fmt.Println(strings.ToUpper("hello, wörld"), strings.ToLower("ÀBC DEF"))
	fmt.Printf("%s %s %q\n", strings.ToTitle("loud"), capitalize("élan"), capitalize(""))

	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("  abc!!", " !"))
	fmt.Printf("%q\n", strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q\n", strings.TrimRight("aabbcc", "bc"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace))
	// TrimLeft takes a cutset, TrimPrefix a prefix.
	fmt.Printf("%q %q\n", strings.TrimLeft("abab-x", "ab"), strings.TrimPrefix("abab-x", "ab"))

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", "+"))
	fmt.Println(strings.Replace("abc", "", "_", -1))
	fmt.Println(strings.Replace("aaa", "a", "b", 0))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1 // dropped
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))

	// Title-case each word without strings.Title.
	words := strings.Fields("the go programming language")
	for i, w := range words {
		words[i] = capitalize(w)
	}
	fmt.Println(strings.Join(words, " "))

	// Reverse a string by runes.
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("Hello, 世界"))

	// Palindrome check ignoring case and punctuation.
	isPal := func(s string) bool {
		var clean []rune
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				clean = append(clean, r)
			}
		}
		for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
			if clean[i] != clean[j] {
				return false
			}
		}
		return true
	}
	fmt.Println(isPal("A man, a plan, a canal: Panama"), isPal("Gopher"))
}

// Output:
// HELLO, WÖRLD àbc def
// LOUD Élan ""
// "padded"
// "hi"
// "abc"
// "cc"
// "aa"
// "body"
// "body"
// "file"
// "abc"
// "x  "
// "-x" "ab-x"
// oinky oinky oink
// moo moo moo
// a+b+c
// _a_b_c_
// aaa
// Uryyb, Tbcure!
// prgrmmng lngg
// The Go Programming Language
// 界世 ,olleH
// true false
