// Package unicode/utf8: decoding valid, invalid, truncated, overlong and
// surrogate sequences both ways, encoding (and its panic), counting,
// validation, FullRune, and the constants.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "€", "𝄞", "\xc3", "\xc3(", "\xe2\x82", "\xe2\x82\xac\xac", "\xf0\x9f\x98",
		"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf",
		"\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\x80", "a\x80\x80\x80\x80b", "日本語",
		"\uFFFD", "\xef\xbf\xbd\xbd", "x\xf0\x9f\x98\x80y"}
	for _, s := range inputs {
		b := []byte(s)
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: %U/%d %U/%d %U/%d %U/%d count=%d/%d valid=%v/%v full=%v/%v\n", s, r1, n1, r2, n2, r3, n3, r4, n4,
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
		fmt.Print("  forward:")
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			fmt.Printf(" %U/%d", r, n)
			i += n
		}
		fmt.Print("  backward:")
		for i := len(s); i > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			fmt.Printf(" %U/%d", r, n)
			i -= n
		}
		fmt.Print("  starts:")
		for i := 0; i < len(s); i++ {
			fmt.Print(" ", utf8.RuneStart(s[i]))
		}
		fmt.Println()
		for k := 1; k < len(s); k++ {
			fmt.Print(" ", utf8.FullRuneInString(s[:k]))
		}
		fmt.Println()
	}
	runes := []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, -0x80000000}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d: len=%d valid=%v enc=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n])
	}
	var app []byte
	for _, r := range []rune{'x', 'é', '€', '𝄞', -5, 0xd800} {
		app = utf8.AppendRune(app, r)
		fmt.Print(len(app), "/", cap(app), " ")
	}
	fmt.Printf("%q\n", app)
	fixed := make([]byte, 2, 2)
	fixed2 := utf8.AppendRune(fixed[:1], 'é')
	fmt.Println(fixed, fixed2, cap(fixed2))
	for _, size := range []int{0, 1, 2, 3} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			utf8.EncodeRune(make([]byte, size), 0x1F600)
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		utf8.EncodeRune(nil, 'a')
	}()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	const c = utf8.RuneError + 1
	fmt.Printf("%T %T %v\n", utf8.RuneError, utf8.UTFMax, c)
}

// Output:
// "": U+FFFD/0 U+FFFD/0 U+FFFD/0 U+FFFD/0 count=0/0 valid=true/true full=false/false
//   forward:  backward:  starts:
//
// "a": U+0061/1 U+0061/1 U+0061/1 U+0061/1 count=1/1 valid=true/true full=true/true
//   forward: U+0061/1  backward: U+0061/1  starts: true
//
// "é": U+00E9/2 U+00E9/2 U+00E9/2 U+00E9/2 count=1/1 valid=true/true full=true/true
//   forward: U+00E9/2  backward: U+00E9/2  starts: true false
//  false
// "€": U+20AC/3 U+20AC/3 U+20AC/3 U+20AC/3 count=1/1 valid=true/true full=true/true
//   forward: U+20AC/3  backward: U+20AC/3  starts: true false false
//  false false
// "𝄞": U+1D11E/4 U+1D11E/4 U+1D11E/4 U+1D11E/4 count=1/1 valid=true/true full=true/true
//   forward: U+1D11E/4  backward: U+1D11E/4  starts: true false false false
//  false false false
// "\xc3": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=1/1 valid=false/false full=false/false
//   forward: U+FFFD/1  backward: U+FFFD/1  starts: true
//
// "\xc3(": U+FFFD/1 U+FFFD/1 U+0028/1 U+0028/1 count=2/2 valid=false/false full=true/true
//   forward: U+FFFD/1 U+0028/1  backward: U+0028/1 U+FFFD/1  starts: true true
//  false
// "\xe2\x82": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=2/2 valid=false/false full=false/false
//   forward: U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1  starts: true false
//  false
// "€\xac": U+20AC/3 U+20AC/3 U+FFFD/1 U+FFFD/1 count=2/2 valid=false/false full=true/true
//   forward: U+20AC/3 U+FFFD/1  backward: U+FFFD/1 U+20AC/3  starts: true false false false
//  false false true
// "\xf0\x9f\x98": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=3/3 valid=false/false full=false/false
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false
//  false false
// "\xc0\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=2/2 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1  starts: true false
//  true
// "\xc1\xbf": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=2/2 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1  starts: true false
//  true
// "\xe0\x80\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=3/3 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false
//  false true
// "\xe0\x9f\xbf": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=3/3 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false
//  false true
// "\xed\xa0\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=3/3 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false
//  false true
// "\ud7ff": U+D7FF/3 U+D7FF/3 U+D7FF/3 U+D7FF/3 count=1/1 valid=true/true full=true/true
//   forward: U+D7FF/3  backward: U+D7FF/3  starts: true false false
//  false false
// "\xf0\x8f\xbf\xbf": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=4/4 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false false
//  false true true
// "\U0010ffff": U+10FFFF/4 U+10FFFF/4 U+10FFFF/4 U+10FFFF/4 count=1/1 valid=true/true full=true/true
//   forward: U+10FFFF/4  backward: U+10FFFF/4  starts: true false false false
//  false false false
// "\xf4\x90\x80\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=4/4 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false false
//  false true true
// "\xf5\x80\x80\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=4/4 valid=false/false full=true/true
//   forward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  backward: U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1  starts: true false false false
//  true true true
// "\xff": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=1/1 valid=false/false full=true/true
//   forward: U+FFFD/1  backward: U+FFFD/1  starts: true
//
// "\x80": U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 count=1/1 valid=false/false full=true/true
//   forward: U+FFFD/1  backward: U+FFFD/1  starts: false
//
// "a\x80\x80\x80\x80b": U+0061/1 U+0061/1 U+0062/1 U+0062/1 count=6/6 valid=false/false full=true/true
//   forward: U+0061/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 U+0062/1  backward: U+0062/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 U+FFFD/1 U+0061/1  starts: true false false false false true
//  true true true true true
// "日本語": U+65E5/3 U+65E5/3 U+8A9E/3 U+8A9E/3 count=3/3 valid=true/true full=true/true
//   forward: U+65E5/3 U+672C/3 U+8A9E/3  backward: U+8A9E/3 U+672C/3 U+65E5/3  starts: true false false true false false true false false
//  false false true true true true true true
// "�": U+FFFD/3 U+FFFD/3 U+FFFD/3 U+FFFD/3 count=1/1 valid=true/true full=true/true
//   forward: U+FFFD/3  backward: U+FFFD/3  starts: true false false
//  false false
// "�\xbd": U+FFFD/3 U+FFFD/3 U+FFFD/1 U+FFFD/1 count=2/2 valid=false/false full=true/true
//   forward: U+FFFD/3 U+FFFD/1  backward: U+FFFD/1 U+FFFD/3  starts: true false false false
//  false false true
// "x😀y": U+0078/1 U+0078/1 U+0079/1 U+0079/1 count=3/3 valid=true/true full=true/true
//   forward: U+0078/1 U+1F600/4 U+0079/1  backward: U+0079/1 U+1F600/4 U+0078/1  starts: true true false false false true
//  true true true true true
// 0: len=1 valid=true enc=00
// 97: len=1 valid=true enc=61
// 127: len=1 valid=true enc=7f
// 128: len=2 valid=true enc=c2 80
// 2047: len=2 valid=true enc=df bf
// 2048: len=3 valid=true enc=e0 a0 80
// 55295: len=3 valid=true enc=ed 9f bf
// 55296: len=-1 valid=false enc=ef bf bd
// 57343: len=-1 valid=false enc=ef bf bd
// 57344: len=3 valid=true enc=ee 80 80
// 65533: len=3 valid=true enc=ef bf bd
// 65535: len=3 valid=true enc=ef bf bf
// 65536: len=4 valid=true enc=f0 90 80 80
// 1114111: len=4 valid=true enc=f4 8f bf bf
// 1114112: len=-1 valid=false enc=ef bf bd
// -1: len=-1 valid=false enc=ef bf bd
// -2147483648: len=-1 valid=false enc=ef bf bd
// 1/8 3/8 6/8 10/16 13/16 16/16 "xé€𝄞��"
// [0 0] [0 195 169] 8
// recovered: runtime error: index out of range [3] with length 0
// recovered: runtime error: index out of range [3] with length 1
// recovered: runtime error: index out of range [3] with length 2
// recovered: runtime error: index out of range [3] with length 3
// recovered: runtime error: index out of range [0] with length 0
// 65533 128 1114111 4
// int32 int 65534
