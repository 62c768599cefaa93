// strconv quoting: Quote and its ASCII/Graphic variants, the rune forms,
// Unquote, UnquoteChar, QuotedPrefix, CanBackquote, IsPrint, IsGraphic.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "hello", "a\"b", "tab\tnl\ncr\r", "\x00\x7f\xff", "é世😀", "\u2028\u00a0\u3000", "`back`", "\\", "\a\b\f\v", "bad\xe2\x82"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', '世', '😀', 0xfffd, -1, 0x110000, 0xd800, '\u00a0', '\u2028'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, q := range []string{`"abc"`, `"a\tb\u00e9\U0001F600\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `'ab'`, `"unterminated`, `"bad\q"`,
		`"\xff"`, `'\xff'`, `""`, `''`, "`a`b`", `"a"b"`, `"\u12"`, `"\400"`, `"\uD800"`, `'\''`, `"\'"`, `'"'`, "\"new\nline\"", "x"} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, s, err)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`é`, '"'}, {`\'x`, '\''}, {`\'x`, '"'}, {`"x`, '"'}, {`\u263a!`, 0}, {`\x4`, '"'}, {``, '"'}, {`\777`, '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %v %q %v\n", v, mb, tail, err)
	}
	for _, s := range []string{`"abc" rest`, "`raw` x", `'c' y`, `"open`, `abc`, `"a\"b"c`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
}

// Output:
// "" "" "" true
// "hello" "hello" "hello" true
// "a\"b" "a\"b" "a\"b" true
// "tab\tnl\ncr\r" "tab\tnl\ncr\r" "tab\tnl\ncr\r" false
// "\x00\x7f\xff" "\x00\x7f\xff" "\x00\x7f\xff" false
// "é世😀" "\u00e9\u4e16\U0001f600" "é世😀" true
// "\u2028\u00a0\u3000" "\u2028\u00a0\u3000" "\u2028 　" true
// "`back`" "`back`" "`back`" false
// "\\" "\\" "\\" true
// "\a\b\f\v" "\a\b\f\v" "\a\b\f\v" false
// "bad\xe2\x82" "bad\xe2\x82" "bad\xe2\x82" false
// 'a' 'a' 'a' true true
// '\'' '\'' '\'' true true
// '"' '"' '"' true true
// '\n' '\n' '\n' false false
// '\x00' '\x00' '\x00' false false
// '\x7f' '\x7f' '\x7f' false false
// 'é' '\u00e9' 'é' true true
// '世' '\u4e16' '世' true true
// '😀' '\U0001f600' '😀' true true
// '�' '\ufffd' '�' true true
// '�' '\ufffd' '�' false false
// '�' '\ufffd' '�' false false
// '�' '\ufffd' '�' false false
// '\u00a0' '\u00a0' ' ' false true
// '\u2028' '\u2028' '\u2028' false false
// "abc" -> "abc" <nil>
// "a\tb\u00e9\U0001F600\x41\101" -> "a\tbé😀AA" <nil>
// `raw\n` -> "raw\\n" <nil>
// 'x' -> "x" <nil>
// '\n' -> "\n" <nil>
// 'ab' -> "" invalid syntax
// "unterminated -> "" invalid syntax
// "bad\q" -> "" invalid syntax
// "\xff" -> "\xff" <nil>
// '\xff' -> "\xff" <nil>
// "" -> "" <nil>
// '' -> "" <nil>
// `a`b` -> "" invalid syntax
// "a"b" -> "" invalid syntax
// "\u12" -> "" invalid syntax
// "\400" -> "" invalid syntax
// "\uD800" -> "" invalid syntax
// '\'' -> "'" <nil>
// "\'" -> "" invalid syntax
// '"' -> "\"" <nil>
// "new
// line" -> "" invalid syntax
// x -> "" invalid syntax
// '\n' false " rest" <nil>
// 'é' true "" <nil>
// '\'' false "x" <nil>
// '\x00' false "" invalid syntax
// '\x00' false "" invalid syntax
// '☺' true "!" <nil>
// '\x00' false "" invalid syntax
// '\x00' false "" invalid syntax
// '\x00' false "" invalid syntax
// "\"abc\"" <nil>
// "`raw`" <nil>
// "'c'" <nil>
// "" invalid syntax
// "" invalid syntax
// "\"a\\\"b\"" <nil>
