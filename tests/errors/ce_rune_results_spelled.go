package main

import (
	"fmt"
	"strings"
	"unicode"
)

func firstUpper(s string) rune {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return r
		}
	}
	return ""
}

func main() {
	s := "Hello"
	var b byte = s[0]
	var r rune = b
	c := s[1] + 'x'
	var str string = r
	up := strings.ToUpper(r)
	bs := []byte(s)
	var rs []rune = bs
	fmt.Println(b, r, c, str, up, rs, firstUpper(s) + "!")
	for i, ch := range s {
		var x int = ch
		fmt.Println(i, x)
	}
}
