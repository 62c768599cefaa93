// Differential test: random strings (with invalid UTF-8) through most of
// strings, bytes and utf8, hashing every result (capacities and nil-ness
// of byte slices included); the hashes are Go's.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var seed uint64 = 12345

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var atoms = []string{"a", "b", "A", "B", " ", "\t", "é", "É", "ß", "σ", "Σ", "ς", "\xff", "\xe2\x82", "€", "日", "\u0085", "\u00a0", "ǅ", "İ", "ı", "K", "\u212A", "\uFFFD", ",", "ab", "\xc0", "\xed\xa0\x80", "𝄞", "_", "1"}

func gen(max int) string {
	n := rnd(max + 1)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(atoms[rnd(len(atoms))])
	}
	return sb.String()
}

func sl(b []byte) string { return fmt.Sprintf("%q/%d/%v", b, cap(b), b == nil) }
func sls(v [][]byte) string {
	s := fmt.Sprint(len(v), cap(v), v == nil)
	for _, b := range v {
		s += sl(b)
	}
	return s
}

func main() {
	h := 0
	out := func(v ...interface{}) {
		s := fmt.Sprint(v...)
		for i := 0; i < len(s); i++ {
			h = (h*131 + int(s[i])) % 1000000007
		}
	}
	for iter := 0; iter < 2000; iter++ {
		s, t, u := gen(8), gen(2), gen(2)
		b, tb := append([]byte(nil), s...), append([]byte(nil), t...)
		n := rnd(6) - 2
		r := []rune(t + "x")[0]
		line := fmt.Sprintf("%q %q %q %d: ", s, t, u, n)
		res := fmt.Sprint(strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
			strings.IndexRune(s, r), strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(strings.ToLower(s), strings.ToTitle(s)),
			fmt.Sprintf("%q", strings.SplitN(s, t, n)), fmt.Sprintf("%q", strings.SplitAfterN(s, t, n)), fmt.Sprintf("%q", strings.Fields(s)),
			strings.Replace(s, t, u, n), strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimSpace(s),
			strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.ToValidUTF8(s, u),
			strings.NewReplacer(t, u, u, t, "a", "b").Replace(s), strings.NewReplacer("", u, t, "").Replace(s),
			utf8.RuneCountInString(s), utf8.ValidString(s), strings.TrimFunc(s, unicode.IsLetter), strings.IndexFunc(s, unicode.IsSpace),
			strings.LastIndexFunc(s, unicode.IsUpper), strings.Map(unicode.SimpleFold, s), strings.ToUpperSpecial(unicode.TurkishCase, s))
		bres := fmt.Sprint(bytes.Index(b, tb), bytes.LastIndex(b, tb), bytes.Count(b, tb), bytes.IndexAny(b, t), bytes.LastIndexAny(b, t),
			bytes.IndexRune(b, r), bytes.EqualFold(b, tb), sls(bytes.SplitN(b, tb, n)), sls(bytes.SplitAfterN(b, tb, n)), sls(bytes.Fields(b)),
			sl(bytes.Replace(b, tb, []byte(u), n)), sl(bytes.Trim(b, t)), sl(bytes.TrimLeft(b, t)), sl(bytes.TrimRight(b, t)), sl(bytes.TrimSpace(b)),
			sl(bytes.ToUpper(b)), sl(bytes.ToLower(b)), sl(bytes.ToTitle(b)), sl(bytes.Title(b)), sl(bytes.ToValidUTF8(b, []byte(u))),
			sl(bytes.TrimFunc(b, unicode.IsLetter)), sl(bytes.Map(unicode.SimpleFold, b)), bytes.Runes(b), utf8.RuneCount(b), utf8.Valid(b),
			sl(bytes.TrimRightFunc(b, unicode.IsSpace)), sls(bytes.FieldsFunc(b, unicode.IsPunct)))
		out(line, res, bres)
		if iter%500 == 0 {
			fmt.Println(iter, h)
		}
	}
	fmt.Println(h)
}

// Output:
// 0 856970359
// 500 654607566
// 1000 459953520
// 1500 994315808
// 185636841
