// strconv_parse.go: Atoi, ParseInt, ParseUint, ParseFloat and ParseBool with bases, bit sizes and errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "007", " 1", "1_000", "3.0", "", "abc", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}

	parseInt := func(s string, base, bits int) {
		n, err := strconv.ParseInt(s, base, bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", s, base, bits, n, err)
	}
	parseInt("ff", 16, 64)
	parseInt("-101", 2, 8)
	parseInt("0x1F", 0, 64)
	parseInt("0o17", 0, 64)
	parseInt("0b1010", 0, 64)
	parseInt("017", 0, 64)
	parseInt("1_000_000", 0, 64)
	parseInt("zz", 36, 64)
	parseInt("128", 10, 8)
	parseInt("-129", 10, 8)
	parseInt("12", 1, 64)
	parseInt("9223372036854775808", 10, 64)

	parseUint := func(s string, base, bits int) {
		n, err := strconv.ParseUint(s, base, bits)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", s, base, bits, n, err)
	}
	parseUint("255", 10, 8)
	parseUint("256", 10, 8)
	parseUint("-1", 10, 64)
	parseUint("18446744073709551615", 10, 64)

	for _, s := range []string{"3.14", "-0.5e3", "1e400", "inf", "-Inf", "NaN", "0x1p-2", "1_0.5", ".5", "1.", "x1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	_, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(err)

	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
}

// Output:
// Atoi("42") = 42, <nil>
// Atoi("-17") = -17, <nil>
// Atoi("+8") = 8, <nil>
// Atoi("007") = 7, <nil>
// Atoi(" 1") = 0, strconv.Atoi: parsing " 1": invalid syntax
// Atoi("1_000") = 0, strconv.Atoi: parsing "1_000": invalid syntax
// Atoi("3.0") = 0, strconv.Atoi: parsing "3.0": invalid syntax
// Atoi("") = 0, strconv.Atoi: parsing "": invalid syntax
// Atoi("abc") = 0, strconv.Atoi: parsing "abc": invalid syntax
// Atoi("99999999999999999999") = 9223372036854775807, strconv.Atoi: parsing "99999999999999999999": value out of range
// ParseInt("ff", 16, 64) = 255, <nil>
// ParseInt("-101", 2, 8) = -5, <nil>
// ParseInt("0x1F", 0, 64) = 31, <nil>
// ParseInt("0o17", 0, 64) = 15, <nil>
// ParseInt("0b1010", 0, 64) = 10, <nil>
// ParseInt("017", 0, 64) = 15, <nil>
// ParseInt("1_000_000", 0, 64) = 1000000, <nil>
// ParseInt("zz", 36, 64) = 1295, <nil>
// ParseInt("128", 10, 8) = 127, strconv.ParseInt: parsing "128": value out of range
// ParseInt("-129", 10, 8) = -128, strconv.ParseInt: parsing "-129": value out of range
// ParseInt("12", 1, 64) = 0, strconv.ParseInt: parsing "12": invalid base 1
// ParseInt("9223372036854775808", 10, 64) = 9223372036854775807, strconv.ParseInt: parsing "9223372036854775808": value out of range
// ParseUint("255", 10, 8) = 255, <nil>
// ParseUint("256", 10, 8) = 255, strconv.ParseUint: parsing "256": value out of range
// ParseUint("-1", 10, 64) = 0, strconv.ParseUint: parsing "-1": invalid syntax
// ParseUint("18446744073709551615", 10, 64) = 18446744073709551615, <nil>
// ParseFloat("3.14") = 3.14, <nil>
// ParseFloat("-0.5e3") = -500, <nil>
// ParseFloat("1e400") = +Inf, strconv.ParseFloat: parsing "1e400": value out of range
// ParseFloat("inf") = +Inf, <nil>
// ParseFloat("-Inf") = -Inf, <nil>
// ParseFloat("NaN") = NaN, <nil>
// ParseFloat("0x1p-2") = 0.25, <nil>
// ParseFloat("1_0.5") = 10.5, <nil>
// ParseFloat(".5") = 0.5, <nil>
// ParseFloat("1.") = 1, <nil>
// ParseFloat("x1") = 0, strconv.ParseFloat: parsing "x1": invalid syntax
// 0.10000000149011612 <nil> 0.1
// strconv.ParseFloat: parsing "1e39": value out of range
// ParseBool("true") = true, <nil>
// ParseBool("1") = true, <nil>
// ParseBool("T") = true, <nil>
// ParseBool("FALSE") = false, <nil>
// ParseBool("f") = false, <nil>
// ParseBool("yes") = false, strconv.ParseBool: parsing "yes": invalid syntax
// ParseBool("") = false, strconv.ParseBool: parsing "": invalid syntax
