// strconv_edge_cases.go: strconv: ParseInt bases and bit sizes, range and syntax errors, ParseBool, quoting and unquoting, Append*, FormatFloat in every format.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", "0x1F", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", " 1", "1e3", "٣"} {
		i, err := strconv.ParseInt(s, 0, 64)
		j, err2 := strconv.Atoi(s)
		fmt.Printf("%-22q ParseInt=%d err=%v | Atoi=%d err=%v\n", s, i, err, j, err2)
	}
	for _, bs := range []int{8, 16, 32} {
		v, err := strconv.ParseInt("40000", 10, bs)
		u, err2 := strconv.ParseUint("-1", 10, bs)
		fmt.Println(bs, v, err, u, err2)
	}
	v, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseUint("100", 16, 8)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 37, 64)
	fmt.Println(err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes", "True", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println("|")
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(1<<64-1, b), " ")
	}
	fmt.Println("|")
	fmt.Println(strconv.Quote("héllo\n\t\"x\"\x00\u2028"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	fmt.Println(strconv.QuoteToGraphic("a\u00a0b"), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab\t"), strconv.IsPrint('\u00ad'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `'ab'`, `"\x41\101"`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -12, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.25, 'e', 3, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendQuoteRune(buf, 'r')
	buf = strconv.AppendUint(buf, 77, 8)
	fmt.Println(string(buf))
	for _, f := range []float64{0, 1, -2.5, 1e21, 1e20, 123.456, 1.0 / 3, 5e-324, 0.000001234} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'G', 3, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 2, 64))
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("1.000000059604644775390625", 32)
	fmt.Println(f32, err)
	ne := &strconv.NumError{Func: "Foo", Num: "bar", Err: strconv.ErrSyntax}
	fmt.Println(ne, ne.Unwrap() == strconv.ErrSyntax)
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(1<<62), strconv.IntSize)
}

// Output:
// "42"                   ParseInt=42 err=<nil> | Atoi=42 err=<nil>
// "-0"                   ParseInt=0 err=<nil> | Atoi=0 err=<nil>
// "+7"                   ParseInt=7 err=<nil> | Atoi=7 err=<nil>
// "0x1F"                 ParseInt=31 err=<nil> | Atoi=0 err=strconv.Atoi: parsing "0x1F": invalid syntax
// "0b101"                ParseInt=5 err=<nil> | Atoi=0 err=strconv.Atoi: parsing "0b101": invalid syntax
// "0o17"                 ParseInt=15 err=<nil> | Atoi=0 err=strconv.Atoi: parsing "0o17": invalid syntax
// "017"                  ParseInt=15 err=<nil> | Atoi=17 err=<nil>
// "1_000"                ParseInt=1000 err=<nil> | Atoi=0 err=strconv.Atoi: parsing "1_000": invalid syntax
// "9223372036854775807"  ParseInt=9223372036854775807 err=<nil> | Atoi=9223372036854775807 err=<nil>
// "9223372036854775808"  ParseInt=9223372036854775807 err=strconv.ParseInt: parsing "9223372036854775808": value out of range | Atoi=9223372036854775807 err=strconv.Atoi: parsing "9223372036854775808": value out of range
// "-9223372036854775809" ParseInt=-9223372036854775808 err=strconv.ParseInt: parsing "-9223372036854775809": value out of range | Atoi=-9223372036854775808 err=strconv.Atoi: parsing "-9223372036854775809": value out of range
// ""                     ParseInt=0 err=strconv.ParseInt: parsing "": invalid syntax | Atoi=0 err=strconv.Atoi: parsing "": invalid syntax
// " 1"                   ParseInt=0 err=strconv.ParseInt: parsing " 1": invalid syntax | Atoi=0 err=strconv.Atoi: parsing " 1": invalid syntax
// "1e3"                  ParseInt=0 err=strconv.ParseInt: parsing "1e3": invalid syntax | Atoi=0 err=strconv.Atoi: parsing "1e3": invalid syntax
// "٣"                    ParseInt=0 err=strconv.ParseInt: parsing "٣": invalid syntax | Atoi=0 err=strconv.Atoi: parsing "٣": invalid syntax
// 8 127 strconv.ParseInt: parsing "40000": value out of range 0 strconv.ParseUint: parsing "-1": invalid syntax
// 16 32767 strconv.ParseInt: parsing "40000": value out of range 0 strconv.ParseUint: parsing "-1": invalid syntax
// 32 40000 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 255 <nil>
// 255 strconv.ParseUint: parsing "100": value out of range true
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseInt: parsing "12": invalid base 37
// true <nil>; true <nil>; true <nil>; false <nil>; false <nil>; false strconv.ParseBool: parsing "yes": invalid syntax; true <nil>; false strconv.ParseBool: parsing "tRUE": invalid syntax; |
// -11111111 1111111111111111111111111111111111111111111111111111111111111111 -377 1777777777777777777777 -255 18446744073709551615 -ff ffffffffffffffff -73 3w5e11264sgsf |
// "héllo\n\t\"x\"\x00\u2028" "h\u00e9llo\u263a" '☺' '\n'
// "a b" false true false
// "a\tb" <nil>
// "raw\\n" <nil>
// "x" <nil>
// "" invalid syntax
// "é" <nil>
// "" invalid syntax
// "AA" <nil>
// "" invalid syntax
// n=-12 3.250e+00 true"q"'r'115
// 0 0e+00 0 0.00 0 0p-1074 0x0p+00 0X0.00P+00
// 1 1e+00 1 1.00 1 4503599627370496p-52 0x1p+00 0X1.00P+00
// -2.5 -2.5e+00 -2.5 -2.50 -2.5 -5629499534213120p-51 -0x1.4p+01 -0X1.40P+01
// 1000000000000000000000 1e+21 1e+21 1000000020040877342720.00 1E+21 7629394531250000p+17 0x1.b1ae4d6e2ef5p+69 0X1.B2P+69
// 100000000000000000000 1e+20 1e+20 100000002004087734272.00 1E+20 6103515625000000p+14 0x1.5af1d78b58c4p+66 0X1.5BP+66
// 123.456 1.23456e+02 123.456 123.46 123 8687443681197687p-46 0x1.edd2f1a9fbe77p+06 0X1.EEP+06
// 0.3333333333333333 3.333333333333333e-01 0.3333333333333333 0.33 0.333 6004799503160661p-54 0x1.5555555555555p-02 0X1.55P-02
// 0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005 5e-324 5e-324 0.00 4.94E-324 1p-1074 0x1p-1074 0X1.00P-1074
// 0.000001234 1.234e-06 1.234e-06 0.00 1.23E-06 5827400239861142p-72 0x1.4b3fd5942cd96p-20 0X1.4BP-20
// +Inf strconv.ParseFloat: parsing "3.4e39": value out of range
// 1 <nil>
// strconv.Foo: parsing "bar": invalid syntax true
// 0 4611686018427387904 64
