// strconv_errors.go: *strconv.NumError fields and texts for syntax and range errors, and how to inspect them.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func describe(err error) {
	if err == nil {
		fmt.Println("  no error")
		return
	}
	fmt.Println(" ", err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("  Func=%s Num=%q Err=%v syntax=%v range=%v\n",
			ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrRange))
	}
}

func main() {
	_, err := strconv.Atoi("12x")
	describe(err)
	_, err = strconv.Atoi("")
	describe(err)
	v, err := strconv.Atoi("123456789012345678901234567890")
	fmt.Println("value on range error:", v)
	describe(err)
	v8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println("value on range error:", v8)
	describe(err)
	_, err = strconv.ParseInt("10", 37, 64)
	describe(err)
	_, err = strconv.ParseInt("10", 10, 65)
	describe(err)
	u, err := strconv.ParseUint("-5", 10, 64)
	fmt.Println("value on syntax error:", u)
	describe(err)
	f, err := strconv.ParseFloat("1e999", 64)
	fmt.Println("value on range error:", f)
	describe(err)
	_, err = strconv.ParseFloat("1.2.3", 64)
	describe(err)
	_, err = strconv.ParseBool("maybe")
	describe(err)
	_, err = strconv.Unquote("'ab'")
	describe(err)

	// Printing the error with different verbs.
	_, err = strconv.Atoi("nope")
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%+v\n", err)
	fmt.Println(strconv.ErrSyntax, "/", strconv.ErrRange)

	// The error message quotes the input.
	_, err = strconv.Atoi("tab\there")
	fmt.Println(err)
}

// Output:
//   strconv.Atoi: parsing "12x": invalid syntax
//   Func=Atoi Num="12x" Err=invalid syntax syntax=true range=false
//   strconv.Atoi: parsing "": invalid syntax
//   Func=Atoi Num="" Err=invalid syntax syntax=true range=false
// value on range error: 9223372036854775807
//   strconv.Atoi: parsing "123456789012345678901234567890": value out of range
//   Func=Atoi Num="123456789012345678901234567890" Err=value out of range syntax=false range=true
// value on range error: 127
//   strconv.ParseInt: parsing "300": value out of range
//   Func=ParseInt Num="300" Err=value out of range syntax=false range=true
//   strconv.ParseInt: parsing "10": invalid base 37
//   Func=ParseInt Num="10" Err=invalid base 37 syntax=false range=false
//   strconv.ParseInt: parsing "10": invalid bit size 65
//   Func=ParseInt Num="10" Err=invalid bit size 65 syntax=false range=false
// value on syntax error: 0
//   strconv.ParseUint: parsing "-5": invalid syntax
//   Func=ParseUint Num="-5" Err=invalid syntax syntax=true range=false
// value on range error: +Inf
//   strconv.ParseFloat: parsing "1e999": value out of range
//   Func=ParseFloat Num="1e999" Err=value out of range syntax=false range=true
//   strconv.ParseFloat: parsing "1.2.3": invalid syntax
//   Func=ParseFloat Num="1.2.3" Err=invalid syntax syntax=true range=false
//   strconv.ParseBool: parsing "maybe": invalid syntax
//   Func=ParseBool Num="maybe" Err=invalid syntax syntax=true range=false
//   invalid syntax
// strconv.Atoi: parsing "nope": invalid syntax|strconv.Atoi: parsing "nope": invalid syntax|"strconv.Atoi: parsing \"nope\": invalid syntax"
// strconv.Atoi: parsing "nope": invalid syntax
// invalid syntax / value out of range
// strconv.Atoi: parsing "tab\there": invalid syntax
