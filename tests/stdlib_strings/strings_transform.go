// Transforming strings: case mapping (with special cases and invalid
// UTF-8), Title, Map, ToValidUTF8 and the Trim family.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "hello, World!", "HELLO", "héllo wörld", "straße", "ǆemal ǈ", "ıi İI", "\xffab\xfe",
		"ɐɑɒ ⱥⱦ", "Ωμέγα", "日本語", "loud NOISES", "123_abc def-ghi", "x\u0085y"}
	for _, s := range inputs {
		fmt.Printf("%q: %q %q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf("  special %q %q %q\n", strings.ToUpperSpecial(unicode.TurkishCase, s),
			strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.AzeriCase, s))
		fmt.Printf("  valid %q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD"))
		rot := strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z':
				return 'a' + (r-'a'+13)%26
			case r == ' ':
				return -1
			case r == 'é':
				return 0x110000
			}
			return r
		}, s)
		fmt.Printf("  map %q\n", rot)
	}
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfe\xfdb\xe2\x82c\xed\xa0\x80", "<bad>"))
	fmt.Println(strings.Title("her royal highness"), strings.Title("o'neil is_here 3rd"), strings.Title("ǆx"))

	trims := []string{"", "  \t hello \n ", "xxhixx", "¡¡hola!!", "\xff\xffa\xff", "aaa", "日本語日", "  ", "\u00a0x\u2003", "abc\u0085"}
	cutsets := []string{"", " ", "x", "¡!", "\xff", "\uFFFD", "日", "a", " \t\n", "ab"}
	for _, s := range trims {
		fmt.Printf("%q space=%q\n", s, strings.TrimSpace(s))
		for _, c := range cutsets {
			fmt.Printf("  %q: %q %q %q | %q %q\n", c, strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c),
				strings.TrimPrefix(s, c), strings.TrimSuffix(s, c))
		}
		f := func(r rune) bool { return r < 'b' || r == '日' }
		fmt.Printf("  func %q %q %q\n", strings.TrimFunc(s, f), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, f))
	}
	fmt.Printf("%q\n", strings.TrimRightFunc("\xe2\x82\xac\x80", func(r rune) bool { return false }))
	fmt.Printf("%q\n", strings.TrimRight("é\xa9", "\uFFFD"))
	fmt.Printf("%q\n", strings.Clone("copy me"))
}

// Output:
// "": "" "" "" ""
//   special "" "" ""
//   valid "" "" ""
//   map ""
// "hello, World!": "HELLO, WORLD!" "hello, world!" "HELLO, WORLD!" "Hello, World!"
//   special "HELLO, WORLD!" "hello, world!" "HELLO, WORLD!"
//   valid "hello, World!" "hello, World!" "hello, World!"
//   map "uryyb,Wbeyq!"
// "HELLO": "HELLO" "hello" "HELLO" "HELLO"
//   special "HELLO" "hello" "HELLO"
//   valid "HELLO" "HELLO" "HELLO"
//   map "HELLO"
// "héllo wörld": "HÉLLO WÖRLD" "héllo wörld" "HÉLLO WÖRLD" "Héllo Wörld"
//   special "HÉLLO WÖRLD" "héllo wörld" "HÉLLO WÖRLD"
//   valid "héllo wörld" "héllo wörld" "héllo wörld"
//   map "u�yybjöeyq"
// "straße": "STRAßE" "straße" "STRAßE" "Straße"
//   special "STRAßE" "straße" "STRAßE"
//   valid "straße" "straße" "straße"
//   map "fgenßr"
// "ǆemal ǈ": "ǄEMAL Ǉ" "ǆemal ǉ" "ǅEMAL ǈ" "ǅemal ǈ"
//   special "ǄEMAL Ǉ" "ǆemal ǉ" "ǅEMAL ǈ"
//   valid "ǆemal ǈ" "ǆemal ǈ" "ǆemal ǈ"
//   map "ǆrznyǈ"
// "ıi İI": "II İI" "ıi ii" "II İI" "Ii İI"
//   special "Iİ İI" "ıi iı" "Iİ İI"
//   valid "ıi İI" "ıi İI" "ıi İI"
//   map "ıvİI"
// "\xffab\xfe": "�AB�" "�ab�" "�AB�" "�ab�"
//   special "�AB�" "�ab�" "�AB�"
//   valid "?ab?" "ab" "�ab�"
//   map "�no�"
// "ɐɑɒ ⱥⱦ": "ⱯⱭⱰ ȺȾ" "ɐɑɒ ⱥⱦ" "ⱯⱭⱰ ȺȾ" "Ɐɑɒ Ⱥⱦ"
//   special "ⱯⱭⱰ ȺȾ" "ɐɑɒ ⱥⱦ" "ⱯⱭⱰ ȺȾ"
//   valid "ɐɑɒ ⱥⱦ" "ɐɑɒ ⱥⱦ" "ɐɑɒ ⱥⱦ"
//   map "ɐɑɒⱥⱦ"
// "Ωμέγα": "ΩΜΈΓΑ" "ωμέγα" "ΩΜΈΓΑ" "Ωμέγα"
//   special "ΩΜΈΓΑ" "ωμέγα" "ΩΜΈΓΑ"
//   valid "Ωμέγα" "Ωμέγα" "Ωμέγα"
//   map "Ωμέγα"
// "日本語": "日本語" "日本語" "日本語" "日本語"
//   special "日本語" "日本語" "日本語"
//   valid "日本語" "日本語" "日本語"
//   map "日本語"
// "loud NOISES": "LOUD NOISES" "loud noises" "LOUD NOISES" "Loud NOISES"
//   special "LOUD NOISES" "loud noıses" "LOUD NOISES"
//   valid "loud NOISES" "loud NOISES" "loud NOISES"
//   map "ybhqNOISES"
// "123_abc def-ghi": "123_ABC DEF-GHI" "123_abc def-ghi" "123_ABC DEF-GHI" "123_abc Def-Ghi"
//   special "123_ABC DEF-GHİ" "123_abc def-ghi" "123_ABC DEF-GHİ"
//   valid "123_abc def-ghi" "123_abc def-ghi" "123_abc def-ghi"
//   map "123_nopqrs-tuv"
// "x\u0085y": "X\u0085Y" "x\u0085y" "X\u0085Y" "X\u0085Y"
//   special "X\u0085Y" "x\u0085y" "X\u0085Y"
//   valid "x\u0085y" "x\u0085y" "x\u0085y"
//   map "k\u0085l"
// "a<bad>b<bad>c<bad>"
// Her Royal Highness O'Neil Is_here 3rd ǅx
// "" space=""
//   "": "" "" "" | "" ""
//   " ": "" "" "" | "" ""
//   "x": "" "" "" | "" ""
//   "¡!": "" "" "" | "" ""
//   "\xff": "" "" "" | "" ""
//   "�": "" "" "" | "" ""
//   "日": "" "" "" | "" ""
//   "a": "" "" "" | "" ""
//   " \t\n": "" "" "" | "" ""
//   "ab": "" "" "" | "" ""
//   func "" "" ""
// "  \t hello \n " space="hello"
//   "": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   " ": "\t hello \n" "\t hello \n " "  \t hello \n" | " \t hello \n " "  \t hello \n"
//   "x": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   "¡!": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   "\xff": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   "�": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   "日": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   "a": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   " \t\n": "hello" "hello \n " "  \t hello" | "  \t hello \n " "  \t hello \n "
//   "ab": "  \t hello \n " "  \t hello \n " "  \t hello \n " | "  \t hello \n " "  \t hello \n "
//   func "hello" "hello \n " "  \t hello"
// "xxhixx" space="xxhixx"
//   "": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   " ": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "x": "hi" "hixx" "xxhi" | "xhixx" "xxhix"
//   "¡!": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "\xff": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "�": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "日": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "a": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   " \t\n": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   "ab": "xxhixx" "xxhixx" "xxhixx" | "xxhixx" "xxhixx"
//   func "xxhixx" "xxhixx" "xxhixx"
// "¡¡hola!!" space="¡¡hola!!"
//   "": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   " ": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "x": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "¡!": "hola" "hola!!" "¡¡hola" | "¡¡hola!!" "¡¡hola!!"
//   "\xff": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "�": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "日": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "a": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   " \t\n": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   "ab": "¡¡hola!!" "¡¡hola!!" "¡¡hola!!" | "¡¡hola!!" "¡¡hola!!"
//   func "¡¡hol" "¡¡hola!!" "¡¡hol"
// "\xff\xffa\xff" space="\xff\xffa\xff"
//   "": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   " ": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "x": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "¡!": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "\xff": "a" "a\xff" "\xff\xffa" | "\xffa\xff" "\xff\xffa"
//   "�": "a" "a\xff" "\xff\xffa" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "日": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "a": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   " \t\n": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   "ab": "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff" | "\xff\xffa\xff" "\xff\xffa\xff"
//   func "\xff\xffa\xff" "\xff\xffa\xff" "\xff\xffa\xff"
// "aaa" space="aaa"
//   "": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   " ": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "x": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "¡!": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "\xff": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "�": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "日": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "a": "" "" "" | "aa" "aa"
//   " \t\n": "aaa" "aaa" "aaa" | "aaa" "aaa"
//   "ab": "" "" "" | "aaa" "aaa"
//   func "" "aaa" ""
// "日本語日" space="日本語日"
//   "": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   " ": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "x": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "¡!": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "\xff": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "�": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "日": "本語" "本語日" "日本語" | "本語日" "日本語"
//   "a": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   " \t\n": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   "ab": "日本語日" "日本語日" "日本語日" | "日本語日" "日本語日"
//   func "本語" "日本語日" "日本語"
// "  " space=""
//   "": "  " "  " "  " | "  " "  "
//   " ": "" "" "" | " " " "
//   "x": "  " "  " "  " | "  " "  "
//   "¡!": "  " "  " "  " | "  " "  "
//   "\xff": "  " "  " "  " | "  " "  "
//   "�": "  " "  " "  " | "  " "  "
//   "日": "  " "  " "  " | "  " "  "
//   "a": "  " "  " "  " | "  " "  "
//   " \t\n": "" "" "" | "  " "  "
//   "ab": "  " "  " "  " | "  " "  "
//   func "" "" ""
// "\u00a0x\u2003" space="x"
//   "": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   " ": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "x": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "¡!": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "\xff": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "�": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "日": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "a": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   " \t\n": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   "ab": "\u00a0x\u2003" "\u00a0x\u2003" "\u00a0x\u2003" | "\u00a0x\u2003" "\u00a0x\u2003"
//   func "\u00a0x\u2003" "x\u2003" "\u00a0x\u2003"
// "abc\u0085" space="abc"
//   "": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   " ": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "x": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "¡!": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "\xff": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "�": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "日": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "a": "bc\u0085" "bc\u0085" "abc\u0085" | "bc\u0085" "abc\u0085"
//   " \t\n": "abc\u0085" "abc\u0085" "abc\u0085" | "abc\u0085" "abc\u0085"
//   "ab": "c\u0085" "c\u0085" "abc\u0085" | "c\u0085" "abc\u0085"
//   func "bc\u0085" "abc\u0085" "abc\u0085"
// "€\x80"
// "é"
// "copy me"
