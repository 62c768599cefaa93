// strconv integers: Itoa, Atoi, ParseInt, ParseUint, FormatInt, FormatUint,
// the Append functions, and *NumError values for every kind of failure.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func show(v interface{}, err error) {
	if err == nil {
		fmt.Printf("%v <nil>\n", v)
		return
	}
	ne := err.(*strconv.NumError)
	fmt.Printf("%v %q | Func=%s Num=%q Err=%v syntax=%v range=%v\n", v, err.Error(), ne.Func, ne.Num, ne.Err,
		errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
}

func main() {
	for _, i := range []int{0, 7, -7, 42, 100, -100, 123456789, 9223372036854775807, -9223372036854775808} {
		fmt.Print(" ", strconv.Itoa(i))
	}
	fmt.Println()
	for _, s := range []string{"0", "-0", "+5", "123", "-123", "007", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "123456789012345678", "1234567890123456789", "12345678901234567890",
		"", "-", "+", "1_000", "0x10", " 1", "1 ", "abc", "12a", "١٢"} {
		v, err := strconv.Atoi(s)
		show(v, err)
	}
	fmt.Println("ParseInt")
	cases := []struct {
		s          string
		base, bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 64}, {"FF", 16, 0}, {"-0x1F", 0, 64},
		{"0b1010", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_10", 0, 64},
		{"1_000", 10, 64}, {"zz", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, -1}, {"10", 10, 65}, {"", 10, 64},
		{"0x", 0, 64}, {"32767", 10, 16}, {"32768", 10, 16}, {"2147483648", 10, 32}, {"-2147483648", 10, 32},
		{"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"+-1", 10, 64}, {"0X7fff", 0, 16},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		show(v, err)
	}
	fmt.Println("ParseUint")
	for _, c := range cases {
		v, err := strconv.ParseUint(c.s, c.base, c.bits)
		show(v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	show(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	show(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	show(u, err)

	fmt.Println("Format")
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(base, strconv.FormatInt(-255, base), strconv.FormatInt(1<<62, base),
			strconv.FormatUint(18446744073709551615, base), strconv.FormatInt(-9223372036854775808, base))
	}
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 2)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, 'é')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'e', 3, 64)
	fmt.Println(string(b))
	fmt.Println(strconv.IntSize, strconv.FormatBool(false))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		v, err := strconv.ParseBool(s)
		show(v, err)
	}

	// Panics with Go's messages.
	for _, f := range []func(){
		func() { strconv.FormatInt(1, 1) },
		func() { strconv.FormatUint(1, 37) },
		func() { strconv.FormatFloat(1, 'g', -1, 16) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	var ne *strconv.NumError
	_, err = strconv.Atoi("x")
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Unwrap(err) == strconv.ErrSyntax)
}

// Output:
//  0 7 -7 42 100 -100 123456789 9223372036854775807 -9223372036854775808
// 0 <nil>
// 0 <nil>
// 5 <nil>
// 123 <nil>
// -123 <nil>
// 7 <nil>
// 9223372036854775807 <nil>
// -9223372036854775808 <nil>
// 9223372036854775807 "strconv.Atoi: parsing \"9223372036854775808\": value out of range" | Func=Atoi Num="9223372036854775808" Err=value out of range syntax=false range=true
// -9223372036854775808 "strconv.Atoi: parsing \"-9223372036854775809\": value out of range" | Func=Atoi Num="-9223372036854775809" Err=value out of range syntax=false range=true
// 123456789012345678 <nil>
// 1234567890123456789 <nil>
// 9223372036854775807 "strconv.Atoi: parsing \"12345678901234567890\": value out of range" | Func=Atoi Num="12345678901234567890" Err=value out of range syntax=false range=true
// 0 "strconv.Atoi: parsing \"\": invalid syntax" | Func=Atoi Num="" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"-\": invalid syntax" | Func=Atoi Num="-" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"+\": invalid syntax" | Func=Atoi Num="+" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"1_000\": invalid syntax" | Func=Atoi Num="1_000" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"0x10\": invalid syntax" | Func=Atoi Num="0x10" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \" 1\": invalid syntax" | Func=Atoi Num=" 1" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"1 \": invalid syntax" | Func=Atoi Num="1 " Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"abc\": invalid syntax" | Func=Atoi Num="abc" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"12a\": invalid syntax" | Func=Atoi Num="12a" Err=invalid syntax syntax=true range=false
// 0 "strconv.Atoi: parsing \"١٢\": invalid syntax" | Func=Atoi Num="١٢" Err=invalid syntax syntax=true range=false
// ParseInt
// 127 <nil>
// 127 "strconv.ParseInt: parsing \"128\": value out of range" | Func=ParseInt Num="128" Err=value out of range syntax=false range=true
// -128 <nil>
// -128 "strconv.ParseInt: parsing \"-129\": value out of range" | Func=ParseInt Num="-129" Err=value out of range syntax=false range=true
// 255 <nil>
// 255 <nil>
// -31 <nil>
// 10 <nil>
// 15 <nil>
// 15 <nil>
// 1000000 <nil>
// 0 "strconv.ParseInt: parsing \"1__0\": invalid syntax" | Func=ParseInt Num="1__0" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseInt: parsing \"_10\": invalid syntax" | Func=ParseInt Num="_10" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseInt: parsing \"1_000\": invalid syntax" | Func=ParseInt Num="1_000" Err=invalid syntax syntax=true range=false
// 1295 <nil>
// 0 "strconv.ParseInt: parsing \"10\": invalid base 1" | Func=ParseInt Num="10" Err=invalid base 1 syntax=false range=false
// 0 "strconv.ParseInt: parsing \"10\": invalid base 37" | Func=ParseInt Num="10" Err=invalid base 37 syntax=false range=false
// 0 "strconv.ParseInt: parsing \"10\": invalid bit size -1" | Func=ParseInt Num="10" Err=invalid bit size -1 syntax=false range=false
// 0 "strconv.ParseInt: parsing \"10\": invalid bit size 65" | Func=ParseInt Num="10" Err=invalid bit size 65 syntax=false range=false
// 0 "strconv.ParseInt: parsing \"\": invalid syntax" | Func=ParseInt Num="" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseInt: parsing \"0x\": invalid syntax" | Func=ParseInt Num="0x" Err=invalid syntax syntax=true range=false
// 32767 <nil>
// 32767 "strconv.ParseInt: parsing \"32768\": value out of range" | Func=ParseInt Num="32768" Err=value out of range syntax=false range=true
// 2147483647 "strconv.ParseInt: parsing \"2147483648\": value out of range" | Func=ParseInt Num="2147483648" Err=value out of range syntax=false range=true
// -2147483648 <nil>
// 9223372036854775807 "strconv.ParseInt: parsing \"9223372036854775808\": value out of range" | Func=ParseInt Num="9223372036854775808" Err=value out of range syntax=false range=true
// -9223372036854775808 <nil>
// 0 "strconv.ParseInt: parsing \"+-1\": invalid syntax" | Func=ParseInt Num="+-1" Err=invalid syntax syntax=true range=false
// 32767 <nil>
// ParseUint
// 127 <nil>
// 128 <nil>
// 0 "strconv.ParseUint: parsing \"-128\": invalid syntax" | Func=ParseUint Num="-128" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseUint: parsing \"-129\": invalid syntax" | Func=ParseUint Num="-129" Err=invalid syntax syntax=true range=false
// 255 <nil>
// 255 <nil>
// 0 "strconv.ParseUint: parsing \"-0x1F\": invalid syntax" | Func=ParseUint Num="-0x1F" Err=invalid syntax syntax=true range=false
// 10 <nil>
// 15 <nil>
// 15 <nil>
// 1000000 <nil>
// 0 "strconv.ParseUint: parsing \"1__0\": invalid syntax" | Func=ParseUint Num="1__0" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseUint: parsing \"_10\": invalid syntax" | Func=ParseUint Num="_10" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseUint: parsing \"1_000\": invalid syntax" | Func=ParseUint Num="1_000" Err=invalid syntax syntax=true range=false
// 1295 <nil>
// 0 "strconv.ParseUint: parsing \"10\": invalid base 1" | Func=ParseUint Num="10" Err=invalid base 1 syntax=false range=false
// 0 "strconv.ParseUint: parsing \"10\": invalid base 37" | Func=ParseUint Num="10" Err=invalid base 37 syntax=false range=false
// 0 "strconv.ParseUint: parsing \"10\": invalid bit size -1" | Func=ParseUint Num="10" Err=invalid bit size -1 syntax=false range=false
// 0 "strconv.ParseUint: parsing \"10\": invalid bit size 65" | Func=ParseUint Num="10" Err=invalid bit size 65 syntax=false range=false
// 0 "strconv.ParseUint: parsing \"\": invalid syntax" | Func=ParseUint Num="" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseUint: parsing \"0x\": invalid syntax" | Func=ParseUint Num="0x" Err=invalid syntax syntax=true range=false
// 32767 <nil>
// 32768 <nil>
// 2147483648 <nil>
// 0 "strconv.ParseUint: parsing \"-2147483648\": invalid syntax" | Func=ParseUint Num="-2147483648" Err=invalid syntax syntax=true range=false
// 9223372036854775808 <nil>
// 0 "strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax" | Func=ParseUint Num="-9223372036854775808" Err=invalid syntax syntax=true range=false
// 0 "strconv.ParseUint: parsing \"+-1\": invalid syntax" | Func=ParseUint Num="+-1" Err=invalid syntax syntax=true range=false
// 32767 <nil>
// 18446744073709551615 <nil>
// 18446744073709551615 "strconv.ParseUint: parsing \"18446744073709551616\": value out of range" | Func=ParseUint Num="18446744073709551616" Err=value out of range syntax=false range=true
// 255 "strconv.ParseUint: parsing \"256\": value out of range" | Func=ParseUint Num="256" Err=value out of range syntax=false range=true
// Format
// 2 -11111111 100000000000000000000000000000000000000000000000000000000000000 1111111111111111111111111111111111111111111111111111111111111111 -1000000000000000000000000000000000000000000000000000000000000000
// 8 -377 400000000000000000000 1777777777777777777777 -1000000000000000000000
// 10 -255 4611686018427387904 18446744073709551615 -9223372036854775808
// 16 -ff 4000000000000000 ffffffffffffffff -8000000000000000
// 36 -73 z1ci99jj7474 3w5e11264sgsf -1y2p0ij32e8e8
// x=-42 101010 true "q\"" 'é' "\u00e9" '\u00e9' 1.500e+00
// 64 false
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false "strconv.ParseBool: parsing \"yes\": invalid syntax" | Func=ParseBool Num="yes" Err=invalid syntax syntax=true range=false
// false "strconv.ParseBool: parsing \"tRUE\": invalid syntax" | Func=ParseBool Num="tRUE" Err=invalid syntax syntax=true range=false
// false "strconv.ParseBool: parsing \"\": invalid syntax" | Func=ParseBool Num="" Err=invalid syntax syntax=true range=false
// panic: strconv: illegal AppendInt/FormatInt base
// panic: strconv: illegal AppendInt/FormatInt base
// panic: strconv: illegal AppendFloat/FormatFloat bitSize
// true Atoi true
