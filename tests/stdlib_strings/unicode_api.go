// Package unicode's API: classes of sample runes, case mapping, SimpleFold
// orbits, special cases, Is/In/IsOneOf over Go's tables and over tables a
// program builds, and the constants.
package main

import (
	"fmt"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	samples := []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u0085', '!', '+', '€', 'é', 'ǅ', 'ß', 'İ', 'ı', 'Σ', 'σ', 'ς',
		'K', '\u212A', '٣', 'Ⅷ', '½', '\u0301', '\u200b', 0x7f, 0xad, '世', '가', 'あ', 'ア', 'ℌ', 0x1F600, 0x10FFFF, 0x110000, -1, 0xFFFD}
	for _, r := range samples {
		fmt.Printf("%U L%v D%v N%v U%v l%v T%v S%v P%v Sy%v M%v C%v G%v Pr%v  %U %U %U %U\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
		fmt.Println("  ", unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r),
			unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul), unicode.IsOneOf([]*unicode.RangeTable{unicode.Cyrillic, unicode.Sm}, r),
			unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Nd, r), unicode.Is(unicode.Zs, r),
			unicode.In(r, unicode.Letter, unicode.Digit), unicode.In(r), unicode.IsOneOf(unicode.GraphicRanges, r), unicode.IsOneOf(unicode.PrintRanges, r))
	}
	for _, r := range []rune{'k', 'K', '\u212A', 'ß', 'ẞ', 'Σ', '1', 'Ω'} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf("%q\n", orbit)
	}
	for _, c := range []int{unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, -1} {
		fmt.Print(" ", unicode.To(c, 'ǆ'), " ", unicode.To(c, 'q'))
	}
	fmt.Println()
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ǆ'} {
		fmt.Printf("%c %c %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	custom := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{100, 0, 200}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x10F, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range []rune{'a', 'c', 'd', 0x100, 0x101, 0x10E, 0x10F, 0x110} {
		fmt.Print(" ", custom.ToUpper(r), " ", custom.ToLower(r), " ", custom.ToTitle(r), ";")
	}
	fmt.Println()

	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'e', 1}, {'i', 'i', 1}, {'o', 'o', 1}, {'u', 'u', 1}},
		R32: []unicode.Range32{{0x1F600, 0x1F64F, 2}},
	}
	evens := &unicode.RangeTable{R16: []unicode.Range16{{0x100, 0x2000, 2}}}
	for _, r := range []rune{'a', 'b', 'u', 0x1F600, 0x1F601, 0x1F64E, 0x100, 0x101, 0x1000, 0x2001} {
		fmt.Print(" ", unicode.Is(vowels, r), unicode.Is(evens, r))
	}
	fmt.Println()
	var big unicode.RangeTable
	for i := 0; i < 40; i++ {
		lo := uint16(0x400 + i*16)
		big.R16 = append(big.R16, unicode.Range16{Lo: lo, Hi: lo + 9, Stride: 3})
	}
	n := 0
	for r := rune(0x3F0); r < 0x700; r++ {
		if unicode.Is(&big, r) {
			n++
		}
	}
	fmt.Println(n, unicode.Is(&big, 0x400), unicode.Is(&big, 0x401), unicode.Is(&big, 0x403), unicode.Is(&big, 0x40A))
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
	try("stride 0", func() { fmt.Println(unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 0}}}, 'c')) })
	try("nil table", func() { fmt.Println(unicode.Is(nil, 'c')) })

	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperLower, unicode.Version)
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Space == unicode.Z,
		unicode.Categories["Lu"] == unicode.Lu, unicode.Scripts["Han"] == unicode.Han, unicode.Properties["Dash"] == unicode.Dash)
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript),
		len(unicode.GraphicRanges), len(unicode.PrintRanges), len(unicode.CaseRanges), len(unicode.TurkishCase))
	fmt.Println(unicode.Latin.R16[:4], unicode.Latin.LatinOffset, unicode.Han.R32[:2], unicode.CaseRanges[:3])
}

// Output:
// U+0061 Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0041 U+0061 U+0041 U+0041
//    false true false false false false false false false true false true true
// U+005A Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+005A U+007A U+005A U+007A
//    false true false false false false true false false true false true true
// U+0035 Lfalse Dtrue Ntrue Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0035 U+0035 U+0035 U+0035
//    false false false false false false false true false true false true true
// U+0020 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Strue Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0020 U+0020 U+0020 U+0020
//    false false false false false true false false true false false true false
// U+0009 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Strue Pfalse Syfalse Mfalse Ctrue Gfalse Prfalse  U+0009 U+0009 U+0009 U+0009
//    false false false false false true false false false false false false false
// U+00A0 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Strue Pfalse Syfalse Mfalse Cfalse Gtrue Prfalse  U+00A0 U+00A0 U+00A0 U+00A0
//    false false false false false true false false true false false true false
// U+0085 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Strue Pfalse Syfalse Mfalse Ctrue Gfalse Prfalse  U+0085 U+0085 U+0085 U+0085
//    false false false false false true false false false false false false false
// U+0021 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Ptrue Syfalse Mfalse Cfalse Gtrue Prtrue  U+0021 U+0021 U+0021 U+0021
//    false false false false false false false false false false false true true
// U+002B Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Sytrue Mfalse Cfalse Gtrue Prtrue  U+002B U+002B U+002B U+002B
//    false false false false true false false false false false false true true
// U+20AC Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Sytrue Mfalse Cfalse Gtrue Prtrue  U+20AC U+20AC U+20AC U+20AC
//    false false false false false false false false false false false true true
// U+00E9 Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+00C9 U+00E9 U+00C9 U+00C9
//    false true false false false false false false false true false true true
// U+01C5 Ltrue Dfalse Nfalse Ufalse lfalse Ttrue Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+01C4 U+01C6 U+01C5 U+01C6
//    false true false false false false false false false true false true true
// U+00DF Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+00DF U+00DF U+00DF U+1E9E
//    false true false false false false false false false true false true true
// U+0130 Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0130 U+0069 U+0130 U+0130
//    false true false false false false true false false true false true true
// U+0131 Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0049 U+0131 U+0049 U+0131
//    false true false false false false false false false true false true true
// U+03A3 Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+03A3 U+03C3 U+03A3 U+03C2
//    false false true false false false true false false true false true true
// U+03C3 Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+03A3 U+03C3 U+03A3 U+03A3
//    false false true false false false false false false true false true true
// U+03C2 Ltrue Dfalse Nfalse Ufalse ltrue Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+03A3 U+03C2 U+03A3 U+03C3
//    false false true false false false false false false true false true true
// U+004B Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+004B U+006B U+004B U+006B
//    false true false false false false true false false true false true true
// U+212A Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+212A U+006B U+212A U+004B
//    false true false false false false true false false true false true true
// U+0663 Lfalse Dtrue Ntrue Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+0663 U+0663 U+0663 U+0663
//    false false false false false false false true false true false true true
// U+2167 Lfalse Dfalse Ntrue Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+2167 U+2177 U+2167 U+2177
//    false true false false false false false false false false false true true
// U+00BD Lfalse Dfalse Ntrue Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+00BD U+00BD U+00BD U+00BD
//    false false false false false false false false false false false true true
// U+0301 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mtrue Cfalse Gtrue Prtrue  U+0301 U+0301 U+0301 U+0301
//    false false false false false false false false false false false true true
// U+200B Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gfalse Prfalse  U+200B U+200B U+200B U+200B
//    false false false false false false false false false false false false false
// U+007F Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Ctrue Gfalse Prfalse  U+007F U+007F U+007F U+007F
//    false false false false false false false false false false false false false
// U+00AD Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gfalse Prfalse  U+00AD U+00AD U+00AD U+00AD
//    false false false false false false false false false false false false false
// U+4E16 Ltrue Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+4E16 U+4E16 U+4E16 U+4E16
//    true false false false false false false false false true false true true
// U+AC00 Ltrue Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+AC00 U+AC00 U+AC00 U+AC00
//    false false false true false false false false false true false true true
// U+3042 Ltrue Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+3042 U+3042 U+3042 U+3042
//    false false false true false false false false false true false true true
// U+30A2 Ltrue Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+30A2 U+30A2 U+30A2 U+30A2
//    false false false true false false false false false true false true true
// U+210C Ltrue Dfalse Nfalse Utrue lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gtrue Prtrue  U+210C U+210C U+210C U+210C
//    false false false false false false true false false true false true true
// U+1F600 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Sytrue Mfalse Cfalse Gtrue Prtrue  U+1F600 U+1F600 U+1F600 U+1F600
//    false false false false false false false false false false false true true
// U+10FFFF Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gfalse Prfalse  U+10FFFF U+10FFFF U+10FFFF U+10FFFF
//    false false false false false false false false false false false false false
// U+110000 Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gfalse Prfalse  U+110000 U+110000 U+110000 U+110000
//    false false false false false false false false false false false false false
// U+FFFFFFFFFFFFFFFF Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Syfalse Mfalse Cfalse Gfalse Prfalse  U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF
//    false false false false false false false false false false false false false
// U+FFFD Lfalse Dfalse Nfalse Ufalse lfalse Tfalse Sfalse Pfalse Sytrue Mfalse Cfalse Gtrue Prtrue  U+FFFD U+FFFD U+FFFD U+FFFD
//    false false false false false false false false false false false true true
// ['k' 'K' 'K']
// ['K' 'k' 'K']
// ['K' 'K' 'k']
// ['ß' 'ẞ']
// ['ẞ' 'ß']
// ['Σ' 'ς' 'σ']
// ['1']
// ['Ω' 'ω' 'Ω']
//  452 81 454 113 453 81 65533 65533 65533 65533
// i İ i İ
// I I ı I
// İ İ i İ
// ı I ı I
// a A a A
// ǆ Ǆ ǆ ǅ
//  197 97 297; 199 99 299; 68 100 68; 256 257 256; 256 257 256; 270 271 270; 270 271 270; 272 273 272;
//  true false false false true false true false false false true false false true false false false true false false
// 160 true false true false
// false
// stride 0: panic: runtime error: integer divide by zero
// nil table: panic: runtime error: invalid memory address or nil pointer dereference
// 1114111 65533 127 255 1114112 13.0.0
// true true true true true true true
// 36 156 35 6 3 6 5 319 4
// [{65 90 1} {97 122 1} {170 186 16} {192 214 1}] 5 [{94192 94193 1} {131072 173789 1}] [{65 90 [0 32 0]} {97 122 [-32 0 -32]} {181 181 [743 0 743]}]
