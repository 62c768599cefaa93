// Package bytes' functions: results, and the lengths, capacities and
// nil-ness of the slices they return, which programs see through append.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s %q len=%d cap=%d nil=%v\n", name, b, len(b), cap(b), b == nil)
}

func showAll(name string, v [][]byte) {
	fmt.Printf("%s len=%d cap=%d nil=%v:", name, len(v), cap(v), v == nil)
	for _, b := range v {
		fmt.Printf(" %q/%d/%d", b, len(b), cap(b))
	}
	fmt.Println()
}

func main() {
	inputs := [][]byte{nil, {}, []byte("a,b,c"), []byte(",a,,b,"), []byte("日本\xff語"), []byte("  x  y "), []byte("HeLLo wörld")}
	for _, s := range inputs {
		fmt.Printf("== %q nil=%v\n", s, s == nil)
		for _, sep := range [][]byte{nil, []byte(","), []byte("b")} {
			showAll("Split", bytes.Split(s, sep))
			showAll("SplitAfter", bytes.SplitAfter(s, sep))
			for _, n := range []int{0, 1, 2, 10} {
				showAll(fmt.Sprint("SplitN ", n), bytes.SplitN(s, sep, n))
				showAll(fmt.Sprint("SplitAfterN ", n), bytes.SplitAfterN(s, sep, n))
			}
			fmt.Println(bytes.Index(s, sep), bytes.LastIndex(s, sep), bytes.Count(s, sep), bytes.Contains(s, sep),
				bytes.HasPrefix(s, sep), bytes.HasSuffix(s, sep), bytes.Equal(s, sep), bytes.Compare(s, sep))
			b, a, ok := bytes.Cut(s, sep)
			fmt.Printf("cut %q/%d %q/%d/%v %v\n", b, cap(b), a, cap(a), a == nil, ok)
			show("TrimPrefix", bytes.TrimPrefix(s, sep))
			show("TrimSuffix", bytes.TrimSuffix(s, sep))
			show("Replace", bytes.Replace(s, sep, []byte("--"), 2))
			show("ReplaceAll", bytes.ReplaceAll(s, sep, nil))
			show("Replace0", bytes.Replace(s, sep, []byte("x"), 0))
		}
		showAll("Fields", bytes.Fields(s))
		showAll("FieldsFunc", bytes.FieldsFunc(s, func(r rune) bool { return r == ',' }))
		show("ToUpper", bytes.ToUpper(s))
		show("ToLower", bytes.ToLower(s))
		show("ToTitle", bytes.ToTitle(s))
		show("Title", bytes.Title(s))
		show("TrimSpace", bytes.TrimSpace(s))
		for _, cs := range []string{"", " ", ",", "a,", "日\xff", "\uFFFD"} {
			show(fmt.Sprintf("Trim %q", cs), bytes.Trim(s, cs))
			show("TrimLeft", bytes.TrimLeft(s, cs))
			show("TrimRight", bytes.TrimRight(s, cs))
			fmt.Println(bytes.IndexAny(s, cs), bytes.LastIndexAny(s, cs), bytes.ContainsAny(s, cs))
		}
		show("TrimFunc", bytes.TrimFunc(s, unicode.IsSpace))
		show("TrimLeftFunc", bytes.TrimLeftFunc(s, unicode.IsLetter))
		show("TrimRightFunc", bytes.TrimRightFunc(s, unicode.IsLetter))
		show("Map", bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r < 128 {
				return '日'
			}
			return unicode.ToUpper(r)
		}, s))
		show("Repeat", bytes.Repeat(s, 2))
		show("Repeat0", bytes.Repeat(s, 0))
		show("ToValidUTF8", bytes.ToValidUTF8(s, []byte("<invalid>")))
		fmt.Println(bytes.Runes(s), bytes.IndexRune(s, 'b'), bytes.IndexRune(s, 0xFFFD), bytes.IndexByte(s, ','), bytes.LastIndexByte(s, ','),
			bytes.ContainsRune(s, '語'), bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLower), bytes.EqualFold(s, []byte("hello WÖRLD")))
	}
	show("Join nil", bytes.Join(nil, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("abc")}, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Join", bytes.Join([][]byte{[]byte("a"), nil, []byte("bc")}, []byte(", ")))
	show("Join empties", bytes.Join([][]byte{nil, nil}, nil))
	show("ToUpper special", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul")))
	show("ToLower special", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL")))
	show("ToTitle special", bytes.ToTitleSpecial(unicode.TurkishCase, []byte("iy")))
	show("Map grow", bytes.Map(func(r rune) rune { return 'ж' }, []byte("abcdefgh")))
	show("ToUpper grow", bytes.ToUpper([]byte("ɐɐɐ\xff")))

	// Appending to a piece writes into the original only where Go's pieces share it.
	src := []byte("one two three")
	parts := bytes.Fields(src)
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q\n", src)
	sp := bytes.Split(src, []byte(" "))
	sp[2] = append(sp[2], '!')
	fmt.Printf("%q %d\n", sp[2], cap(sp[2]))
	tl := bytes.TrimRight([]byte("abc   "), " ")
	tl = append(tl, 'Z')
	fmt.Printf("%q\n", tl)
}

// Output:
// == "" nil=true
// Split len=0 cap=0 nil=false:
// SplitAfter len=0 cap=0 nil=false:
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=0 cap=0 nil=false:
// SplitAfterN 1 len=0 cap=0 nil=false:
// SplitN 2 len=0 cap=0 nil=false:
// SplitAfterN 2 len=0 cap=0 nil=false:
// SplitN 10 len=0 cap=0 nil=false:
// SplitAfterN 10 len=0 cap=0 nil=false:
// 0 0 1 true true true true 0
// cut ""/0 ""/0/true true
// TrimPrefix "" len=0 cap=0 nil=true
// TrimSuffix "" len=0 cap=0 nil=true
// Replace "--" len=2 cap=2 nil=false
// ReplaceAll "" len=0 cap=0 nil=false
// Replace0 "" len=0 cap=0 nil=true
// Split len=1 cap=1 nil=false: ""/0/0
// SplitAfter len=1 cap=1 nil=false: ""/0/0
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 1 len=1 cap=1 nil=false: ""/0/0
// SplitN 2 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 2 len=1 cap=1 nil=false: ""/0/0
// SplitN 10 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 10 len=1 cap=1 nil=false: ""/0/0
// -1 -1 0 false false false false -1
// cut ""/0 ""/0/true false
// TrimPrefix "" len=0 cap=0 nil=true
// TrimSuffix "" len=0 cap=0 nil=true
// Replace "" len=0 cap=0 nil=true
// ReplaceAll "" len=0 cap=0 nil=true
// Replace0 "" len=0 cap=0 nil=true
// Split len=1 cap=1 nil=false: ""/0/0
// SplitAfter len=1 cap=1 nil=false: ""/0/0
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 1 len=1 cap=1 nil=false: ""/0/0
// SplitN 2 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 2 len=1 cap=1 nil=false: ""/0/0
// SplitN 10 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 10 len=1 cap=1 nil=false: ""/0/0
// -1 -1 0 false false false false -1
// cut ""/0 ""/0/true false
// TrimPrefix "" len=0 cap=0 nil=true
// TrimSuffix "" len=0 cap=0 nil=true
// Replace "" len=0 cap=0 nil=true
// ReplaceAll "" len=0 cap=0 nil=true
// Replace0 "" len=0 cap=0 nil=true
// Fields len=0 cap=0 nil=false:
// FieldsFunc len=0 cap=0 nil=false:
// ToUpper "" len=0 cap=0 nil=false
// ToLower "" len=0 cap=0 nil=false
// ToTitle "" len=0 cap=0 nil=false
// Title "" len=0 cap=0 nil=false
// TrimSpace "" len=0 cap=0 nil=true
// Trim "" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// Trim " " "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// Trim "," "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// Trim "a," "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// Trim "日\xff" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// Trim "�" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=true
// -1 -1 false
// TrimFunc "" len=0 cap=0 nil=true
// TrimLeftFunc "" len=0 cap=0 nil=true
// TrimRightFunc "" len=0 cap=0 nil=true
// Map "" len=0 cap=0 nil=false
// Repeat "" len=0 cap=0 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "" len=0 cap=9 nil=false
// [] -1 -1 -1 -1 false -1 -1 false
// == "" nil=false
// Split len=0 cap=0 nil=false:
// SplitAfter len=0 cap=0 nil=false:
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=0 cap=0 nil=false:
// SplitAfterN 1 len=0 cap=0 nil=false:
// SplitN 2 len=0 cap=0 nil=false:
// SplitAfterN 2 len=0 cap=0 nil=false:
// SplitN 10 len=0 cap=0 nil=false:
// SplitAfterN 10 len=0 cap=0 nil=false:
// 0 0 1 true true true true 0
// cut ""/0 ""/0/false true
// TrimPrefix "" len=0 cap=0 nil=false
// TrimSuffix "" len=0 cap=0 nil=false
// Replace "--" len=2 cap=2 nil=false
// ReplaceAll "" len=0 cap=0 nil=false
// Replace0 "" len=0 cap=0 nil=true
// Split len=1 cap=1 nil=false: ""/0/0
// SplitAfter len=1 cap=1 nil=false: ""/0/0
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 1 len=1 cap=1 nil=false: ""/0/0
// SplitN 2 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 2 len=1 cap=1 nil=false: ""/0/0
// SplitN 10 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 10 len=1 cap=1 nil=false: ""/0/0
// -1 -1 0 false false false false -1
// cut ""/0 ""/0/true false
// TrimPrefix "" len=0 cap=0 nil=false
// TrimSuffix "" len=0 cap=0 nil=false
// Replace "" len=0 cap=0 nil=true
// ReplaceAll "" len=0 cap=0 nil=true
// Replace0 "" len=0 cap=0 nil=true
// Split len=1 cap=1 nil=false: ""/0/0
// SplitAfter len=1 cap=1 nil=false: ""/0/0
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 1 len=1 cap=1 nil=false: ""/0/0
// SplitN 2 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 2 len=1 cap=1 nil=false: ""/0/0
// SplitN 10 len=1 cap=1 nil=false: ""/0/0
// SplitAfterN 10 len=1 cap=1 nil=false: ""/0/0
// -1 -1 0 false false false false -1
// cut ""/0 ""/0/true false
// TrimPrefix "" len=0 cap=0 nil=false
// TrimSuffix "" len=0 cap=0 nil=false
// Replace "" len=0 cap=0 nil=true
// ReplaceAll "" len=0 cap=0 nil=true
// Replace0 "" len=0 cap=0 nil=true
// Fields len=0 cap=0 nil=false:
// FieldsFunc len=0 cap=0 nil=false:
// ToUpper "" len=0 cap=0 nil=false
// ToLower "" len=0 cap=0 nil=false
// ToTitle "" len=0 cap=0 nil=false
// Title "" len=0 cap=0 nil=false
// TrimSpace "" len=0 cap=0 nil=true
// Trim "" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// Trim " " "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// Trim "," "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// Trim "a," "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// Trim "日\xff" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// Trim "�" "" len=0 cap=0 nil=true
// TrimLeft "" len=0 cap=0 nil=true
// TrimRight "" len=0 cap=0 nil=false
// -1 -1 false
// TrimFunc "" len=0 cap=0 nil=true
// TrimLeftFunc "" len=0 cap=0 nil=true
// TrimRightFunc "" len=0 cap=0 nil=false
// Map "" len=0 cap=0 nil=false
// Repeat "" len=0 cap=0 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "" len=0 cap=9 nil=false
// [] -1 -1 -1 -1 false -1 -1 false
// == "a,b,c" nil=false
// Split len=5 cap=5 nil=false: "a"/1/1 ","/1/1 "b"/1/1 ","/1/1 "c"/1/1
// SplitAfter len=5 cap=5 nil=false: "a"/1/1 ","/1/1 "b"/1/1 ","/1/1 "c"/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitAfterN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitN 2 len=2 cap=2 nil=false: "a"/1/1 ",b,c"/4/4
// SplitAfterN 2 len=2 cap=2 nil=false: "a"/1/1 ",b,c"/4/4
// SplitN 10 len=5 cap=5 nil=false: "a"/1/1 ","/1/1 "b"/1/1 ","/1/1 "c"/1/1
// SplitAfterN 10 len=5 cap=5 nil=false: "a"/1/1 ","/1/1 "b"/1/1 ","/1/1 "c"/1/1
// 0 5 6 true true true false 1
// cut ""/5 "a,b,c"/5/false true
// TrimPrefix "a,b,c" len=5 cap=5 nil=false
// TrimSuffix "a,b,c" len=5 cap=5 nil=false
// Replace "--a--,b,c" len=9 cap=9 nil=false
// ReplaceAll "a,b,c" len=5 cap=5 nil=false
// Replace0 "a,b,c" len=5 cap=8 nil=false
// Split len=3 cap=3 nil=false: "a"/1/1 "b"/1/1 "c"/1/1
// SplitAfter len=3 cap=3 nil=false: "a,"/2/2 "b,"/2/2 "c"/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitAfterN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitN 2 len=2 cap=2 nil=false: "a"/1/1 "b,c"/3/3
// SplitAfterN 2 len=2 cap=2 nil=false: "a,"/2/2 "b,c"/3/3
// SplitN 10 len=3 cap=6 nil=false: "a"/1/1 "b"/1/1 "c"/1/1
// SplitAfterN 10 len=3 cap=6 nil=false: "a,"/2/2 "b,"/2/2 "c"/1/1
// 1 3 2 true false false false 1
// cut "a"/5 "b,c"/3/false true
// TrimPrefix "a,b,c" len=5 cap=5 nil=false
// TrimSuffix "a,b,c" len=5 cap=5 nil=false
// Replace "a--b--c" len=7 cap=7 nil=false
// ReplaceAll "abc" len=3 cap=3 nil=false
// Replace0 "a,b,c" len=5 cap=8 nil=false
// Split len=2 cap=2 nil=false: "a,"/2/2 ",c"/2/2
// SplitAfter len=2 cap=2 nil=false: "a,b"/3/3 ",c"/2/2
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitAfterN 1 len=1 cap=1 nil=false: "a,b,c"/5/5
// SplitN 2 len=2 cap=2 nil=false: "a,"/2/2 ",c"/2/2
// SplitAfterN 2 len=2 cap=2 nil=false: "a,b"/3/3 ",c"/2/2
// SplitN 10 len=2 cap=6 nil=false: "a,"/2/2 ",c"/2/2
// SplitAfterN 10 len=2 cap=6 nil=false: "a,b"/3/3 ",c"/2/2
// 2 2 1 true false false false -1
// cut "a,"/5 ",c"/2/false true
// TrimPrefix "a,b,c" len=5 cap=5 nil=false
// TrimSuffix "a,b,c" len=5 cap=5 nil=false
// Replace "a,--,c" len=6 cap=6 nil=false
// ReplaceAll "a,,c" len=4 cap=4 nil=false
// Replace0 "a,b,c" len=5 cap=8 nil=false
// Fields len=1 cap=1 nil=false: "a,b,c"/5/5
// FieldsFunc len=3 cap=3 nil=false: "a"/1/1 "b"/1/1 "c"/1/1
// ToUpper "A,B,C" len=5 cap=5 nil=false
// ToLower "a,b,c" len=5 cap=8 nil=false
// ToTitle "A,B,C" len=5 cap=5 nil=false
// Title "A,B,C" len=5 cap=5 nil=false
// TrimSpace "a,b,c" len=5 cap=5 nil=false
// Trim "" "a,b,c" len=5 cap=5 nil=false
// TrimLeft "a,b,c" len=5 cap=5 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// -1 -1 false
// Trim " " "a,b,c" len=5 cap=5 nil=false
// TrimLeft "a,b,c" len=5 cap=5 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// -1 -1 false
// Trim "," "a,b,c" len=5 cap=5 nil=false
// TrimLeft "a,b,c" len=5 cap=5 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// 1 3 true
// Trim "a," "b,c" len=3 cap=3 nil=false
// TrimLeft "b,c" len=3 cap=3 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// 0 3 true
// Trim "日\xff" "a,b,c" len=5 cap=5 nil=false
// TrimLeft "a,b,c" len=5 cap=5 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// -1 -1 false
// Trim "�" "a,b,c" len=5 cap=5 nil=false
// TrimLeft "a,b,c" len=5 cap=5 nil=false
// TrimRight "a,b,c" len=5 cap=5 nil=false
// -1 -1 false
// TrimFunc "a,b,c" len=5 cap=5 nil=false
// TrimLeftFunc ",b,c" len=4 cap=4 nil=false
// TrimRightFunc "a,b," len=4 cap=5 nil=false
// Map "日日日日" len=12 cap=14 nil=false
// Repeat "a,b,ca,b,c" len=10 cap=10 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "a,b,c" len=5 cap=14 nil=false
// [97 44 98 44 99] 2 -1 1 3 false -1 4 false
// == ",a,,b," nil=false
// Split len=6 cap=6 nil=false: ","/1/1 "a"/1/1 ","/1/1 ","/1/1 "b"/1/1 ","/1/1
// SplitAfter len=6 cap=6 nil=false: ","/1/1 "a"/1/1 ","/1/1 ","/1/1 "b"/1/1 ","/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitAfterN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitN 2 len=2 cap=2 nil=false: ","/1/1 "a,,b,"/5/5
// SplitAfterN 2 len=2 cap=2 nil=false: ","/1/1 "a,,b,"/5/5
// SplitN 10 len=6 cap=6 nil=false: ","/1/1 "a"/1/1 ","/1/1 ","/1/1 "b"/1/1 ","/1/1
// SplitAfterN 10 len=6 cap=6 nil=false: ","/1/1 "a"/1/1 ","/1/1 ","/1/1 "b"/1/1 ","/1/1
// 0 6 7 true true true false 1
// cut ""/6 ",a,,b,"/6/false true
// TrimPrefix ",a,,b," len=6 cap=6 nil=false
// TrimSuffix ",a,,b," len=6 cap=6 nil=false
// Replace "--,--a,,b," len=10 cap=10 nil=false
// ReplaceAll ",a,,b," len=6 cap=6 nil=false
// Replace0 ",a,,b," len=6 cap=8 nil=false
// Split len=5 cap=5 nil=false: ""/0/0 "a"/1/1 ""/0/0 "b"/1/1 ""/0/0
// SplitAfter len=5 cap=5 nil=false: ","/1/1 "a,"/2/2 ","/1/1 "b,"/2/2 ""/0/0
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitAfterN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitN 2 len=2 cap=2 nil=false: ""/0/0 "a,,b,"/5/5
// SplitAfterN 2 len=2 cap=2 nil=false: ","/1/1 "a,,b,"/5/5
// SplitN 10 len=5 cap=7 nil=false: ""/0/0 "a"/1/1 ""/0/0 "b"/1/1 ""/0/0
// SplitAfterN 10 len=5 cap=7 nil=false: ","/1/1 "a,"/2/2 ","/1/1 "b,"/2/2 ""/0/0
// 0 5 4 true true true false 1
// cut ""/6 "a,,b,"/5/false true
// TrimPrefix "a,,b," len=5 cap=5 nil=false
// TrimSuffix ",a,,b" len=5 cap=6 nil=false
// Replace "--a--,b," len=8 cap=8 nil=false
// ReplaceAll "ab" len=2 cap=2 nil=false
// Replace0 ",a,,b," len=6 cap=8 nil=false
// Split len=2 cap=2 nil=false: ",a,,"/4/4 ","/1/1
// SplitAfter len=2 cap=2 nil=false: ",a,,b"/5/5 ","/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitAfterN 1 len=1 cap=1 nil=false: ",a,,b,"/6/6
// SplitN 2 len=2 cap=2 nil=false: ",a,,"/4/4 ","/1/1
// SplitAfterN 2 len=2 cap=2 nil=false: ",a,,b"/5/5 ","/1/1
// SplitN 10 len=2 cap=7 nil=false: ",a,,"/4/4 ","/1/1
// SplitAfterN 10 len=2 cap=7 nil=false: ",a,,b"/5/5 ","/1/1
// 4 4 1 true false false false -1
// cut ",a,,"/6 ","/1/false true
// TrimPrefix ",a,,b," len=6 cap=6 nil=false
// TrimSuffix ",a,,b," len=6 cap=6 nil=false
// Replace ",a,,--," len=7 cap=7 nil=false
// ReplaceAll ",a,,," len=5 cap=5 nil=false
// Replace0 ",a,,b," len=6 cap=8 nil=false
// Fields len=1 cap=1 nil=false: ",a,,b,"/6/6
// FieldsFunc len=2 cap=2 nil=false: "a"/1/1 "b"/1/1
// ToUpper ",A,,B," len=6 cap=6 nil=false
// ToLower ",a,,b," len=6 cap=8 nil=false
// ToTitle ",A,,B," len=6 cap=6 nil=false
// Title ",A,,B," len=6 cap=6 nil=false
// TrimSpace ",a,,b," len=6 cap=6 nil=false
// Trim "" ",a,,b," len=6 cap=6 nil=false
// TrimLeft ",a,,b," len=6 cap=6 nil=false
// TrimRight ",a,,b," len=6 cap=6 nil=false
// -1 -1 false
// Trim " " ",a,,b," len=6 cap=6 nil=false
// TrimLeft ",a,,b," len=6 cap=6 nil=false
// TrimRight ",a,,b," len=6 cap=6 nil=false
// -1 -1 false
// Trim "," "a,,b" len=4 cap=5 nil=false
// TrimLeft "a,,b," len=5 cap=5 nil=false
// TrimRight ",a,,b" len=5 cap=6 nil=false
// 0 5 true
// Trim "a," "b" len=1 cap=2 nil=false
// TrimLeft "b," len=2 cap=2 nil=false
// TrimRight ",a,,b" len=5 cap=6 nil=false
// 0 5 true
// Trim "日\xff" ",a,,b," len=6 cap=6 nil=false
// TrimLeft ",a,,b," len=6 cap=6 nil=false
// TrimRight ",a,,b," len=6 cap=6 nil=false
// -1 -1 false
// Trim "�" ",a,,b," len=6 cap=6 nil=false
// TrimLeft ",a,,b," len=6 cap=6 nil=false
// TrimRight ",a,,b," len=6 cap=6 nil=false
// -1 -1 false
// TrimFunc ",a,,b," len=6 cap=6 nil=false
// TrimLeftFunc ",a,,b," len=6 cap=6 nil=false
// TrimRightFunc ",a,,b," len=6 cap=6 nil=false
// Map "日日日日日" len=15 cap=16 nil=false
// Repeat ",a,,b,,a,,b," len=12 cap=12 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 ",a,,b," len=6 cap=15 nil=false
// [44 97 44 44 98 44] 4 -1 0 5 false -1 4 false
// == "日本\xff語" nil=false
// Split len=4 cap=10 nil=false: "日"/3/3 "本"/3/3 "\xff"/1/1 "語"/3/3
// SplitAfter len=4 cap=10 nil=false: "日"/3/3 "本"/3/3 "\xff"/1/1 "語"/3/3
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitAfterN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitN 2 len=2 cap=2 nil=false: "日"/3/3 "本\xff語"/7/7
// SplitAfterN 2 len=2 cap=2 nil=false: "日"/3/3 "本\xff語"/7/7
// SplitN 10 len=4 cap=10 nil=false: "日"/3/3 "本"/3/3 "\xff"/1/1 "語"/3/3
// SplitAfterN 10 len=4 cap=10 nil=false: "日"/3/3 "本"/3/3 "\xff"/1/1 "語"/3/3
// 0 10 5 true true true false 1
// cut ""/10 "日本\xff語"/10/false true
// TrimPrefix "日本\xff語" len=10 cap=10 nil=false
// TrimSuffix "日本\xff語" len=10 cap=10 nil=false
// Replace "--日--本\xff語" len=14 cap=14 nil=false
// ReplaceAll "日本\xff語" len=10 cap=10 nil=false
// Replace0 "日本\xff語" len=10 cap=16 nil=false
// Split len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitAfter len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitAfterN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitN 2 len=1 cap=2 nil=false: "日本\xff語"/10/10
// SplitAfterN 2 len=1 cap=2 nil=false: "日本\xff語"/10/10
// SplitN 10 len=1 cap=10 nil=false: "日本\xff語"/10/10
// SplitAfterN 10 len=1 cap=10 nil=false: "日本\xff語"/10/10
// -1 -1 0 false false false false 1
// cut "日本\xff語"/10 ""/0/true false
// TrimPrefix "日本\xff語" len=10 cap=10 nil=false
// TrimSuffix "日本\xff語" len=10 cap=10 nil=false
// Replace "日本\xff語" len=10 cap=16 nil=false
// ReplaceAll "日本\xff語" len=10 cap=16 nil=false
// Replace0 "日本\xff語" len=10 cap=16 nil=false
// Split len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitAfter len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitAfterN 1 len=1 cap=1 nil=false: "日本\xff語"/10/10
// SplitN 2 len=1 cap=2 nil=false: "日本\xff語"/10/10
// SplitAfterN 2 len=1 cap=2 nil=false: "日本\xff語"/10/10
// SplitN 10 len=1 cap=10 nil=false: "日本\xff語"/10/10
// SplitAfterN 10 len=1 cap=10 nil=false: "日本\xff語"/10/10
// -1 -1 0 false false false false 1
// cut "日本\xff語"/10 ""/0/true false
// TrimPrefix "日本\xff語" len=10 cap=10 nil=false
// TrimSuffix "日本\xff語" len=10 cap=10 nil=false
// Replace "日本\xff語" len=10 cap=16 nil=false
// ReplaceAll "日本\xff語" len=10 cap=16 nil=false
// Replace0 "日本\xff語" len=10 cap=16 nil=false
// Fields len=1 cap=1 nil=false: "日本\xff語"/10/10
// FieldsFunc len=1 cap=1 nil=false: "日本\xff語"/10/10
// ToUpper "日本�語" len=12 cap=24 nil=false
// ToLower "日本�語" len=12 cap=24 nil=false
// ToTitle "日本�語" len=12 cap=24 nil=false
// Title "日本�語" len=12 cap=24 nil=false
// TrimSpace "日本\xff語" len=10 cap=10 nil=false
// Trim "" "日本\xff語" len=10 cap=10 nil=false
// TrimLeft "日本\xff語" len=10 cap=10 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// -1 -1 false
// Trim " " "日本\xff語" len=10 cap=10 nil=false
// TrimLeft "日本\xff語" len=10 cap=10 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// -1 -1 false
// Trim "," "日本\xff語" len=10 cap=10 nil=false
// TrimLeft "日本\xff語" len=10 cap=10 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// -1 -1 false
// Trim "a," "日本\xff語" len=10 cap=10 nil=false
// TrimLeft "日本\xff語" len=10 cap=10 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// -1 -1 false
// Trim "日\xff" "本\xff語" len=7 cap=7 nil=false
// TrimLeft "本\xff語" len=7 cap=7 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// 0 6 true
// Trim "�" "日本\xff語" len=10 cap=10 nil=false
// TrimLeft "日本\xff語" len=10 cap=10 nil=false
// TrimRight "日本\xff語" len=10 cap=10 nil=false
// 6 6 true
// TrimFunc "日本\xff語" len=10 cap=10 nil=false
// TrimLeftFunc "\xff語" len=4 cap=4 nil=false
// TrimRightFunc "日本\xff" len=7 cap=10 nil=false
// Map "日本�語" len=12 cap=24 nil=false
// Repeat "日本\xff語日本\xff語" len=20 cap=20 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "日本<invalid>語" len=18 cap=19 nil=false
// [26085 26412 65533 35486] -1 6 -1 -1 true -1 -1 false
// == "  x  y " nil=false
// Split len=7 cap=7 nil=false: " "/1/1 " "/1/1 "x"/1/1 " "/1/1 " "/1/1 "y"/1/1 " "/1/1
// SplitAfter len=7 cap=7 nil=false: " "/1/1 " "/1/1 "x"/1/1 " "/1/1 " "/1/1 "y"/1/1 " "/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitAfterN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitN 2 len=2 cap=2 nil=false: " "/1/1 " x  y "/6/6
// SplitAfterN 2 len=2 cap=2 nil=false: " "/1/1 " x  y "/6/6
// SplitN 10 len=7 cap=7 nil=false: " "/1/1 " "/1/1 "x"/1/1 " "/1/1 " "/1/1 "y"/1/1 " "/1/1
// SplitAfterN 10 len=7 cap=7 nil=false: " "/1/1 " "/1/1 "x"/1/1 " "/1/1 " "/1/1 "y"/1/1 " "/1/1
// 0 7 8 true true true false 1
// cut ""/7 "  x  y "/7/false true
// TrimPrefix "  x  y " len=7 cap=7 nil=false
// TrimSuffix "  x  y " len=7 cap=7 nil=false
// Replace "-- -- x  y " len=11 cap=11 nil=false
// ReplaceAll "  x  y " len=7 cap=7 nil=false
// Replace0 "  x  y " len=7 cap=8 nil=false
// Split len=1 cap=1 nil=false: "  x  y "/7/7
// SplitAfter len=1 cap=1 nil=false: "  x  y "/7/7
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitAfterN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitN 2 len=1 cap=2 nil=false: "  x  y "/7/7
// SplitAfterN 2 len=1 cap=2 nil=false: "  x  y "/7/7
// SplitN 10 len=1 cap=8 nil=false: "  x  y "/7/7
// SplitAfterN 10 len=1 cap=8 nil=false: "  x  y "/7/7
// -1 -1 0 false false false false -1
// cut "  x  y "/7 ""/0/true false
// TrimPrefix "  x  y " len=7 cap=7 nil=false
// TrimSuffix "  x  y " len=7 cap=7 nil=false
// Replace "  x  y " len=7 cap=8 nil=false
// ReplaceAll "  x  y " len=7 cap=8 nil=false
// Replace0 "  x  y " len=7 cap=8 nil=false
// Split len=1 cap=1 nil=false: "  x  y "/7/7
// SplitAfter len=1 cap=1 nil=false: "  x  y "/7/7
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitAfterN 1 len=1 cap=1 nil=false: "  x  y "/7/7
// SplitN 2 len=1 cap=2 nil=false: "  x  y "/7/7
// SplitAfterN 2 len=1 cap=2 nil=false: "  x  y "/7/7
// SplitN 10 len=1 cap=8 nil=false: "  x  y "/7/7
// SplitAfterN 10 len=1 cap=8 nil=false: "  x  y "/7/7
// -1 -1 0 false false false false -1
// cut "  x  y "/7 ""/0/true false
// TrimPrefix "  x  y " len=7 cap=7 nil=false
// TrimSuffix "  x  y " len=7 cap=7 nil=false
// Replace "  x  y " len=7 cap=8 nil=false
// ReplaceAll "  x  y " len=7 cap=8 nil=false
// Replace0 "  x  y " len=7 cap=8 nil=false
// Fields len=2 cap=2 nil=false: "x"/1/1 "y"/1/1
// FieldsFunc len=1 cap=1 nil=false: "  x  y "/7/7
// ToUpper "  X  Y " len=7 cap=7 nil=false
// ToLower "  x  y " len=7 cap=8 nil=false
// ToTitle "  X  Y " len=7 cap=7 nil=false
// Title "  X  Y " len=7 cap=7 nil=false
// TrimSpace "x  y" len=4 cap=5 nil=false
// Trim "" "  x  y " len=7 cap=7 nil=false
// TrimLeft "  x  y " len=7 cap=7 nil=false
// TrimRight "  x  y " len=7 cap=7 nil=false
// -1 -1 false
// Trim " " "x  y" len=4 cap=5 nil=false
// TrimLeft "x  y " len=5 cap=5 nil=false
// TrimRight "  x  y" len=6 cap=7 nil=false
// 0 6 true
// Trim "," "  x  y " len=7 cap=7 nil=false
// TrimLeft "  x  y " len=7 cap=7 nil=false
// TrimRight "  x  y " len=7 cap=7 nil=false
// -1 -1 false
// Trim "a," "  x  y " len=7 cap=7 nil=false
// TrimLeft "  x  y " len=7 cap=7 nil=false
// TrimRight "  x  y " len=7 cap=7 nil=false
// -1 -1 false
// Trim "日\xff" "  x  y " len=7 cap=7 nil=false
// TrimLeft "  x  y " len=7 cap=7 nil=false
// TrimRight "  x  y " len=7 cap=7 nil=false
// -1 -1 false
// Trim "�" "  x  y " len=7 cap=7 nil=false
// TrimLeft "  x  y " len=7 cap=7 nil=false
// TrimRight "  x  y " len=7 cap=7 nil=false
// -1 -1 false
// TrimFunc "x  y" len=4 cap=5 nil=false
// TrimLeftFunc "  x  y " len=7 cap=7 nil=false
// TrimRightFunc "  x  y " len=7 cap=7 nil=false
// Map "日日日日日日日" len=21 cap=40 nil=false
// Repeat "  x  y   x  y " len=14 cap=14 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "  x  y " len=7 cap=16 nil=false
// [32 32 120 32 32 121 32] -1 -1 -1 -1 false -1 5 false
// == "HeLLo wörld" nil=false
// Split len=11 cap=12 nil=false: "H"/1/1 "e"/1/1 "L"/1/1 "L"/1/1 "o"/1/1 " "/1/1 "w"/1/1 "ö"/2/2 "r"/1/1 "l"/1/1 "d"/1/1
// SplitAfter len=11 cap=12 nil=false: "H"/1/1 "e"/1/1 "L"/1/1 "L"/1/1 "o"/1/1 " "/1/1 "w"/1/1 "ö"/2/2 "r"/1/1 "l"/1/1 "d"/1/1
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitN 2 len=2 cap=2 nil=false: "H"/1/1 "eLLo wörld"/11/11
// SplitAfterN 2 len=2 cap=2 nil=false: "H"/1/1 "eLLo wörld"/11/11
// SplitN 10 len=10 cap=10 nil=false: "H"/1/1 "e"/1/1 "L"/1/1 "L"/1/1 "o"/1/1 " "/1/1 "w"/1/1 "ö"/2/2 "r"/1/1 "ld"/2/2
// SplitAfterN 10 len=10 cap=10 nil=false: "H"/1/1 "e"/1/1 "L"/1/1 "L"/1/1 "o"/1/1 " "/1/1 "w"/1/1 "ö"/2/2 "r"/1/1 "ld"/2/2
// 0 12 12 true true true false 1
// cut ""/12 "HeLLo wörld"/12/false true
// TrimPrefix "HeLLo wörld" len=12 cap=12 nil=false
// TrimSuffix "HeLLo wörld" len=12 cap=12 nil=false
// Replace "--H--eLLo wörld" len=16 cap=16 nil=false
// ReplaceAll "HeLLo wörld" len=12 cap=12 nil=false
// Replace0 "HeLLo wörld" len=12 cap=16 nil=false
// Split len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitAfter len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitN 2 len=1 cap=2 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 2 len=1 cap=2 nil=false: "HeLLo wörld"/12/12
// SplitN 10 len=1 cap=10 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 10 len=1 cap=10 nil=false: "HeLLo wörld"/12/12
// -1 -1 0 false false false false 1
// cut "HeLLo wörld"/12 ""/0/true false
// TrimPrefix "HeLLo wörld" len=12 cap=12 nil=false
// TrimSuffix "HeLLo wörld" len=12 cap=12 nil=false
// Replace "HeLLo wörld" len=12 cap=16 nil=false
// ReplaceAll "HeLLo wörld" len=12 cap=16 nil=false
// Replace0 "HeLLo wörld" len=12 cap=16 nil=false
// Split len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitAfter len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitN 0 len=0 cap=0 nil=true:
// SplitAfterN 0 len=0 cap=0 nil=true:
// SplitN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 1 len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// SplitN 2 len=1 cap=2 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 2 len=1 cap=2 nil=false: "HeLLo wörld"/12/12
// SplitN 10 len=1 cap=10 nil=false: "HeLLo wörld"/12/12
// SplitAfterN 10 len=1 cap=10 nil=false: "HeLLo wörld"/12/12
// -1 -1 0 false false false false -1
// cut "HeLLo wörld"/12 ""/0/true false
// TrimPrefix "HeLLo wörld" len=12 cap=12 nil=false
// TrimSuffix "HeLLo wörld" len=12 cap=12 nil=false
// Replace "HeLLo wörld" len=12 cap=16 nil=false
// ReplaceAll "HeLLo wörld" len=12 cap=16 nil=false
// Replace0 "HeLLo wörld" len=12 cap=16 nil=false
// Fields len=2 cap=2 nil=false: "HeLLo"/5/5 "wörld"/6/6
// FieldsFunc len=1 cap=1 nil=false: "HeLLo wörld"/12/12
// ToUpper "HELLO WÖRLD" len=12 cap=12 nil=false
// ToLower "hello wörld" len=12 cap=12 nil=false
// ToTitle "HELLO WÖRLD" len=12 cap=12 nil=false
// Title "HeLLo Wörld" len=12 cap=12 nil=false
// TrimSpace "HeLLo wörld" len=12 cap=12 nil=false
// Trim "" "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// -1 -1 false
// Trim " " "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// 5 5 true
// Trim "," "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// -1 -1 false
// Trim "a," "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// -1 -1 false
// Trim "日\xff" "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// -1 -1 false
// Trim "�" "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeft "HeLLo wörld" len=12 cap=12 nil=false
// TrimRight "HeLLo wörld" len=12 cap=12 nil=false
// -1 -1 false
// TrimFunc "HeLLo wörld" len=12 cap=12 nil=false
// TrimLeftFunc " wörld" len=7 cap=7 nil=false
// TrimRightFunc "HeLLo " len=6 cap=12 nil=false
// Map "日日日日日日日Ö日日日" len=32 cap=60 nil=false
// Repeat "HeLLo wörldHeLLo wörld" len=24 cap=24 nil=false
// Repeat0 "" len=0 cap=0 nil=false
// ToValidUTF8 "HeLLo wörld" len=12 cap=21 nil=false
// [72 101 76 76 111 32 119 246 114 108 100] -1 -1 -1 -1 false 0 11 true
// Join nil "" len=0 cap=0 nil=false
// Join one "abc" len=3 cap=8 nil=false
// Join one empty "" len=0 cap=0 nil=true
// Join "a, , bc" len=7 cap=7 nil=false
// Join empties "" len=0 cap=0 nil=false
// ToUpper special "İSTANBUL" len=9 cap=20 nil=false
// ToLower special "istanbul" len=8 cap=9 nil=false
// ToTitle special "İY" len=3 cap=8 nil=false
// Map grow "жжжжжжжж" len=16 cap=20 nil=false
// ToUpper grow "ⱯⱯⱯ�" len=12 cap=18 nil=false
// "one two three"
// "three!" 16
// "abcZ"
