// unicode_classes.go: unicode.IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsPunct, ToUpper, ToLower, ToTitle.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t\n!é世٣Ⅻ_ǅ" {
		fmt.Printf("%q letter=%v digit=%v number=%v space=%v upper=%v lower=%v punct=%v title=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsTitle(r))
	}

	fmt.Println(string(unicode.ToUpper('a')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')), string(unicode.ToUpper('ß')))
	fmt.Println(unicode.ToUpper('1') == '1', unicode.SimpleFold('A'), unicode.SimpleFold('k'))
	fmt.Println(unicode.IsControl('\x07'), unicode.IsPrint('\x07'), unicode.IsPrint('a'), unicode.IsGraphic(' '), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.In('Ж', unicode.Cyrillic), unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, '世'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', string(unicode.ReplacementChar))

	// Counting character classes in a sentence.
	text := "Hello, World! 123 Go_1.19 is ready."
	var letters, digits, spaces, puncts, upper int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		}
	}
	fmt.Println(letters, digits, spaces, puncts, upper)

	// Swap case.
	swap := func(s string) string {
		out := []rune(s)
		for i, r := range out {
			if unicode.IsUpper(r) {
				out[i] = unicode.ToLower(r)
			} else {
				out[i] = unicode.ToUpper(r)
			}
		}
		return string(out)
	}
	fmt.Println(swap("Hello Wörld"))
}

// Output:
// 'a' letter=true digit=false number=false space=false upper=false lower=true punct=false title=false
// 'Z' letter=true digit=false number=false space=false upper=true lower=false punct=false title=false
// '5' letter=false digit=true number=true space=false upper=false lower=false punct=false title=false
// ' ' letter=false digit=false number=false space=true upper=false lower=false punct=false title=false
// '\t' letter=false digit=false number=false space=true upper=false lower=false punct=false title=false
// '\n' letter=false digit=false number=false space=true upper=false lower=false punct=false title=false
// '!' letter=false digit=false number=false space=false upper=false lower=false punct=true title=false
// 'é' letter=true digit=false number=false space=false upper=false lower=true punct=false title=false
// '世' letter=true digit=false number=false space=false upper=false lower=false punct=false title=false
// '٣' letter=false digit=true number=true space=false upper=false lower=false punct=false title=false
// 'Ⅻ' letter=false digit=false number=true space=false upper=false lower=false punct=false title=false
// '_' letter=false digit=false number=false space=false upper=false lower=false punct=true title=false
// 'ǅ' letter=true digit=false number=false space=false upper=false lower=false punct=false title=true
// A ä ǅ ß
// true 97 8490
// true false true true true true
// true true false
// 1114111 true �
// 19 6 5 5 3
// hELLO wÖRLD
