// strconv_format.go: Itoa, FormatInt/Uint/Float/Bool, Quote family, Unquote and Append* functions.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123), strconv.Itoa(-45), strconv.Itoa(0)+"!")
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(8, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	x := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Printf("%c: %s %s\n", f, strconv.FormatFloat(x, f, -1, 64), strconv.FormatFloat(x, f, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
	fmt.Println(strconv.FormatFloat(math.Inf(-1), 'f', 2, 64), strconv.FormatFloat(math.NaN(), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))

	// Quoting.
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é 世"))
	fmt.Println(strconv.QuoteToASCII("é 世 😀"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	fmt.Println(strconv.Quote("\x00\xff\u2028"))
	fmt.Println(strconv.CanBackquote("plain"), strconv.CanBackquote("has`tick"))

	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}

	// Append functions add to a byte slice.
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 7, 2)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.25, 'f', 1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendQuoteRune(buf, 'r')
	fmt.Println(string(buf))

	// Round trips.
	for _, v := range []float64{0.1, 1.0 / 3, 1e-10, 123456789.125} {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == v)
	}
}

// Output:
// 123 -45 0!
// 11111111 ff -73
// 18446744073709551615 10
// true false
// f: 1234.5678 1234.57
// e: 1.2345678e+03 1.23e+03
// E: 1.2345678E+03 1.23E+03
// g: 1234.5678 1.2e+03
// G: 1234.5678 1.2E+03
// b: 5429686605511341p-42 5429686605511341p-42
// x: 0x1.34a456d5cfaadp+10 0x1.35p+10
// 0.1 0.10000000000000000555
// 1e+21 1.235e+08
// -Inf NaN
// 2 4
// "hello \"world\"\n\ttab é 世"
// "\u00e9 \u4e16 \U0001f600"
// '☺' '\u263a' '\''
// "\x00\xff\u2028"
// true false
// Unquote("a\tb") = "a\tb", <nil>
// Unquote(`raw\n`) = "raw\\n", <nil>
// Unquote('x') = "x", <nil>
// Unquote("bad) = "", invalid syntax
// Unquote("\u00e9") = "é", <nil>
// n=-42 111 3.2 true "q"'r'
// 0.1 true
// 0.3333333333333333 true
// 1e-10 true
// 1.23456789125e+08 true
