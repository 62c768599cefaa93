// Searching in strings: Index family, Contains family, Count, Cut,
// HasPrefix/HasSuffix, Compare, EqualFold, with empty and invalid UTF-8
// inputs.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "chicken", "héllo wörld", "a\xffb\xfe", "日本語日本語", "\xe2\x82", "x\uFFFDy"}
	seps := []string{"", "a", "ll", "ö", "\xff", "本", "\uFFFD", "chickens", "日本"}
	for _, s := range inputs {
		for _, sep := range seps {
			fmt.Printf("%q %q: %d %d %d %v %v %v\n", s, sep, strings.Index(s, sep), strings.LastIndex(s, sep),
				strings.Count(s, sep), strings.Contains(s, sep), strings.HasPrefix(s, sep), strings.HasSuffix(s, sep))
			b, a, ok := strings.Cut(s, sep)
			fmt.Printf("  cut %q %q %v cmp %d %d\n", b, a, ok, strings.Compare(s, sep), strings.Compare(sep, s))
		}
	}
	charsets := []string{"", "x", "aeiou", "öé", "\xff", "\x80\x81", "\uFFFD", "日b", "lo"}
	for _, s := range inputs {
		for _, cs := range charsets {
			fmt.Printf("any %q %q: %d %d %v\n", s, cs, strings.IndexAny(s, cs), strings.LastIndexAny(s, cs), strings.ContainsAny(s, cs))
		}
	}
	runes := []rune{'a', 'ö', '本', 0xFFFD, -1, 0xD800, 0x110000, 'z', 0}
	for _, s := range inputs {
		for _, r := range runes {
			fmt.Printf("rune %q %q: %d %v\n", s, r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		fmt.Println("byte", strings.IndexByte(s, 'l'), strings.LastIndexByte(s, 'l'), strings.IndexByte(s, 0xff), strings.LastIndexByte(s, 0xfe))
		fmt.Println("func", strings.IndexFunc(s, unicode.IsUpper), strings.IndexFunc(s, func(r rune) bool { return r > 127 }),
			strings.LastIndexFunc(s, func(r rune) bool { return r > 127 }), strings.LastIndexFunc(s, unicode.IsLetter))
	}
	long := strings.Repeat("abcab", 1000) + "abcabd"
	fmt.Println(strings.Index(long, "abcabd"), strings.LastIndex(long, "cab"), strings.Count(long, "ab"), strings.Count(long, "bca"))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("five", ""), strings.Count("日本", ""), strings.Count("\xff\xfe", ""))

	pairs := [][2]string{{"Go", "GO"}, {"go", "Go"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212A"}, {"k", "\u212A"}, {"ß", "SS"},
		{"", ""}, {"a", ""}, {"straße", "STRASSE"}, {"Ǆ", "ǆ"}, {"ǅ", "ǆ"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"İ", "i"}, {"abc", "ABD"}}
	for _, p := range pairs {
		fmt.Printf("fold %q %q %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}

// Output:
// "" "": 0 0 1 true true true
//   cut "" "" true cmp 0 0
// "" "a": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "ll": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "ö": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "\xff": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "本": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "�": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "chickens": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "" "日本": -1 -1 0 false false false
//   cut "" "" false cmp -1 1
// "a" "": 0 1 2 true true true
//   cut "" "a" true cmp 1 -1
// "a" "a": 0 0 1 true true true
//   cut "" "" true cmp 0 0
// "a" "ll": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "ö": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "\xff": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "本": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "�": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "chickens": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "a" "日本": -1 -1 0 false false false
//   cut "a" "" false cmp -1 1
// "chicken" "": 0 7 8 true true true
//   cut "" "chicken" true cmp 1 -1
// "chicken" "a": -1 -1 0 false false false
//   cut "chicken" "" false cmp 1 -1
// "chicken" "ll": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "ö": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "\xff": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "本": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "�": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "chickens": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "chicken" "日本": -1 -1 0 false false false
//   cut "chicken" "" false cmp -1 1
// "héllo wörld" "": 0 13 12 true true true
//   cut "" "héllo wörld" true cmp 1 -1
// "héllo wörld" "a": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp 1 -1
// "héllo wörld" "ll": 3 3 1 true false false
//   cut "hé" "o wörld" true cmp -1 1
// "héllo wörld" "ö": 8 8 1 true false false
//   cut "héllo w" "rld" true cmp -1 1
// "héllo wörld" "\xff": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp -1 1
// "héllo wörld" "本": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp -1 1
// "héllo wörld" "�": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp -1 1
// "héllo wörld" "chickens": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp 1 -1
// "héllo wörld" "日本": -1 -1 0 false false false
//   cut "héllo wörld" "" false cmp -1 1
// "a\xffb\xfe" "": 0 4 5 true true true
//   cut "" "a\xffb\xfe" true cmp 1 -1
// "a\xffb\xfe" "a": 0 0 1 true true false
//   cut "" "\xffb\xfe" true cmp 1 -1
// "a\xffb\xfe" "ll": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "a\xffb\xfe" "ö": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "a\xffb\xfe" "\xff": 1 1 1 true false false
//   cut "a" "b\xfe" true cmp -1 1
// "a\xffb\xfe" "本": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "a\xffb\xfe" "�": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "a\xffb\xfe" "chickens": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "a\xffb\xfe" "日本": -1 -1 0 false false false
//   cut "a\xffb\xfe" "" false cmp -1 1
// "日本語日本語" "": 0 18 7 true true true
//   cut "" "日本語日本語" true cmp 1 -1
// "日本語日本語" "a": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp 1 -1
// "日本語日本語" "ll": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp 1 -1
// "日本語日本語" "ö": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp 1 -1
// "日本語日本語" "\xff": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp -1 1
// "日本語日本語" "本": 3 12 2 true false false
//   cut "日" "語日本語" true cmp -1 1
// "日本語日本語" "�": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp -1 1
// "日本語日本語" "chickens": -1 -1 0 false false false
//   cut "日本語日本語" "" false cmp 1 -1
// "日本語日本語" "日本": 0 9 2 true true false
//   cut "" "語日本語" true cmp 1 -1
// "\xe2\x82" "": 0 2 3 true true true
//   cut "" "\xe2\x82" true cmp 1 -1
// "\xe2\x82" "a": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp 1 -1
// "\xe2\x82" "ll": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp 1 -1
// "\xe2\x82" "ö": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp 1 -1
// "\xe2\x82" "\xff": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp -1 1
// "\xe2\x82" "本": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp -1 1
// "\xe2\x82" "�": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp -1 1
// "\xe2\x82" "chickens": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp 1 -1
// "\xe2\x82" "日本": -1 -1 0 false false false
//   cut "\xe2\x82" "" false cmp -1 1
// "x�y" "": 0 5 4 true true true
//   cut "" "x�y" true cmp 1 -1
// "x�y" "a": -1 -1 0 false false false
//   cut "x�y" "" false cmp 1 -1
// "x�y" "ll": -1 -1 0 false false false
//   cut "x�y" "" false cmp 1 -1
// "x�y" "ö": -1 -1 0 false false false
//   cut "x�y" "" false cmp -1 1
// "x�y" "\xff": -1 -1 0 false false false
//   cut "x�y" "" false cmp -1 1
// "x�y" "本": -1 -1 0 false false false
//   cut "x�y" "" false cmp -1 1
// "x�y" "�": 1 1 1 true false false
//   cut "x" "y" true cmp -1 1
// "x�y" "chickens": -1 -1 0 false false false
//   cut "x�y" "" false cmp 1 -1
// "x�y" "日本": -1 -1 0 false false false
//   cut "x�y" "" false cmp -1 1
// any "" "": -1 -1 false
// any "" "x": -1 -1 false
// any "" "aeiou": -1 -1 false
// any "" "öé": -1 -1 false
// any "" "\xff": -1 -1 false
// any "" "\x80\x81": -1 -1 false
// any "" "�": -1 -1 false
// any "" "日b": -1 -1 false
// any "" "lo": -1 -1 false
// any "a" "": -1 -1 false
// any "a" "x": -1 -1 false
// any "a" "aeiou": 0 0 true
// any "a" "öé": -1 -1 false
// any "a" "\xff": -1 -1 false
// any "a" "\x80\x81": -1 -1 false
// any "a" "�": -1 -1 false
// any "a" "日b": -1 -1 false
// any "a" "lo": -1 -1 false
// any "chicken" "": -1 -1 false
// any "chicken" "x": -1 -1 false
// any "chicken" "aeiou": 2 5 true
// any "chicken" "öé": -1 -1 false
// any "chicken" "\xff": -1 -1 false
// any "chicken" "\x80\x81": -1 -1 false
// any "chicken" "�": -1 -1 false
// any "chicken" "日b": -1 -1 false
// any "chicken" "lo": -1 -1 false
// any "héllo wörld" "": -1 -1 false
// any "héllo wörld" "x": -1 -1 false
// any "héllo wörld" "aeiou": 5 5 true
// any "héllo wörld" "öé": 1 8 true
// any "héllo wörld" "\xff": -1 -1 false
// any "héllo wörld" "\x80\x81": -1 -1 false
// any "héllo wörld" "�": -1 -1 false
// any "héllo wörld" "日b": -1 -1 false
// any "héllo wörld" "lo": 3 11 true
// any "a\xffb\xfe" "": -1 -1 false
// any "a\xffb\xfe" "x": -1 -1 false
// any "a\xffb\xfe" "aeiou": 0 0 true
// any "a\xffb\xfe" "öé": -1 -1 false
// any "a\xffb\xfe" "\xff": 1 3 true
// any "a\xffb\xfe" "\x80\x81": 1 3 true
// any "a\xffb\xfe" "�": 1 3 true
// any "a\xffb\xfe" "日b": 2 2 true
// any "a\xffb\xfe" "lo": -1 -1 false
// any "日本語日本語" "": -1 -1 false
// any "日本語日本語" "x": -1 -1 false
// any "日本語日本語" "aeiou": -1 -1 false
// any "日本語日本語" "öé": -1 -1 false
// any "日本語日本語" "\xff": -1 -1 false
// any "日本語日本語" "\x80\x81": -1 -1 false
// any "日本語日本語" "�": -1 -1 false
// any "日本語日本語" "日b": 0 9 true
// any "日本語日本語" "lo": -1 -1 false
// any "\xe2\x82" "": -1 -1 false
// any "\xe2\x82" "x": -1 -1 false
// any "\xe2\x82" "aeiou": -1 -1 false
// any "\xe2\x82" "öé": -1 -1 false
// any "\xe2\x82" "\xff": 0 1 true
// any "\xe2\x82" "\x80\x81": 0 1 true
// any "\xe2\x82" "�": 0 1 true
// any "\xe2\x82" "日b": -1 -1 false
// any "\xe2\x82" "lo": -1 -1 false
// any "x�y" "": -1 -1 false
// any "x�y" "x": 0 0 true
// any "x�y" "aeiou": -1 -1 false
// any "x�y" "öé": -1 -1 false
// any "x�y" "\xff": 1 1 true
// any "x�y" "\x80\x81": 1 1 true
// any "x�y" "�": 1 1 true
// any "x�y" "日b": -1 -1 false
// any "x�y" "lo": -1 -1 false
// rune "" 'a': -1 false
// rune "" 'ö': -1 false
// rune "" '本': -1 false
// rune "" '�': -1 false
// rune "" '�': -1 false
// rune "" '�': -1 false
// rune "" '�': -1 false
// rune "" 'z': -1 false
// rune "" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 -1 -1 -1
// rune "a" 'a': 0 true
// rune "a" 'ö': -1 false
// rune "a" '本': -1 false
// rune "a" '�': -1 false
// rune "a" '�': -1 false
// rune "a" '�': -1 false
// rune "a" '�': -1 false
// rune "a" 'z': -1 false
// rune "a" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 -1 -1 0
// rune "chicken" 'a': -1 false
// rune "chicken" 'ö': -1 false
// rune "chicken" '本': -1 false
// rune "chicken" '�': -1 false
// rune "chicken" '�': -1 false
// rune "chicken" '�': -1 false
// rune "chicken" '�': -1 false
// rune "chicken" 'z': -1 false
// rune "chicken" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 -1 -1 6
// rune "héllo wörld" 'a': -1 false
// rune "héllo wörld" 'ö': 8 true
// rune "héllo wörld" '本': -1 false
// rune "héllo wörld" '�': -1 false
// rune "héllo wörld" '�': -1 false
// rune "héllo wörld" '�': -1 false
// rune "héllo wörld" '�': -1 false
// rune "héllo wörld" 'z': -1 false
// rune "héllo wörld" '\x00': -1 false
// byte 3 11 -1 -1
// func -1 1 8 12
// rune "a\xffb\xfe" 'a': 0 true
// rune "a\xffb\xfe" 'ö': -1 false
// rune "a\xffb\xfe" '本': -1 false
// rune "a\xffb\xfe" '�': 1 true
// rune "a\xffb\xfe" '�': -1 false
// rune "a\xffb\xfe" '�': -1 false
// rune "a\xffb\xfe" '�': -1 false
// rune "a\xffb\xfe" 'z': -1 false
// rune "a\xffb\xfe" '\x00': -1 false
// byte -1 -1 1 3
// func -1 1 3 2
// rune "日本語日本語" 'a': -1 false
// rune "日本語日本語" 'ö': -1 false
// rune "日本語日本語" '本': 3 true
// rune "日本語日本語" '�': -1 false
// rune "日本語日本語" '�': -1 false
// rune "日本語日本語" '�': -1 false
// rune "日本語日本語" '�': -1 false
// rune "日本語日本語" 'z': -1 false
// rune "日本語日本語" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 0 15 15
// rune "\xe2\x82" 'a': -1 false
// rune "\xe2\x82" 'ö': -1 false
// rune "\xe2\x82" '本': -1 false
// rune "\xe2\x82" '�': 0 true
// rune "\xe2\x82" '�': -1 false
// rune "\xe2\x82" '�': -1 false
// rune "\xe2\x82" '�': -1 false
// rune "\xe2\x82" 'z': -1 false
// rune "\xe2\x82" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 0 1 -1
// rune "x�y" 'a': -1 false
// rune "x�y" 'ö': -1 false
// rune "x�y" '本': -1 false
// rune "x�y" '�': 1 true
// rune "x�y" '�': -1 false
// rune "x�y" '�': -1 false
// rune "x�y" '�': -1 false
// rune "x�y" 'z': -1 false
// rune "x�y" '\x00': -1 false
// byte -1 -1 -1 -1
// func -1 1 1 4
// 5000 5002 2002 1001
// 2 5 3 3
// fold "Go" "GO" true
// fold "go" "Go" true
// fold "σ" "Σ" true
// fold "ς" "Σ" true
// fold "K" "K" true
// fold "k" "K" true
// fold "ß" "SS" false
// fold "" "" true
// fold "a" "" false
// fold "straße" "STRASSE" false
// fold "Ǆ" "ǆ" true
// fold "ǅ" "ǆ" true
// fold "\xff" "\xfe" true
// fold "\xff" "�" true
// fold "İ" "i" false
// fold "abc" "ABD" false
