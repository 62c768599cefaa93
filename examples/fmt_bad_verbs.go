// fmt_bad_verbs.go: Printf error annotations for wrong types, missing and extra arguments, bad widths and indexes.
package main

import (
	"errors"
	"fmt"
)

// The format strings live in a table so that `go vet` (which checks constant
// format strings) does not reject these deliberate mistakes.
type call struct {
	format string
	args   []interface{}
}

func main() {
	calls := []call{
		{"%d", []interface{}{"hi"}},
		{"%s", []interface{}{42}},
		{"%t", []interface{}{1}},
		{"%f %x", []interface{}{"str", 3.5}},
		{"%d %d", []interface{}{1}},
		{"%s", nil},
		{"%d", []interface{}{1, 3}},
		{"done", []interface{}{"extra", 2.5, nil}},
		{"%z", []interface{}{5}},
		{"%!", []interface{}{5}},
		{"end with percent %", nil},
		{"%*d", []interface{}{"x", 5}},
		{"%.*d", []interface{}{"y", 5}},
		{"%[3]d", []interface{}{1, 2}},
		{"%[0]d %[x]d", []interface{}{1}},
		{"%[2]d", []interface{}{1, 2}},
		{"%d", []interface{}{nil}},
		{"%s %v", []interface{}{nil, nil}},
		{"%d", []interface{}{[]string{"a"}}},
		{"%s", []interface{}{[]int{1, 2}}},
		{"%d", []interface{}{struct {
			A string
			B int
		}{"a", 1}}},
		{"%c %q %U", []interface{}{"s", 3.5, "u"}},
		{"%e %g", []interface{}{10, true}},
		{"%p", []interface{}{7}},
		{"%x %X", []interface{}{true, 1.5i}},
		{"%10.3d|%-8!|", []interface{}{"hi", 1}},
		{"%w", []interface{}{errors.New("%w outside Errorf")}},
		{"%.2s %5.1t", []interface{}{1.5, "t"}},
	}
	for _, c := range calls {
		fmt.Printf(c.format, c.args...)
		fmt.Println()
	}

	// The same annotations appear in Sprintf and Errorf results.
	format := "%d and %s"
	fmt.Println(fmt.Sprintf(format, "a"))
	format = "%v %v"
	fmt.Println(fmt.Sprintf(format, 1, 2, 3, "four"))
	format = "code %d"
	fmt.Println(fmt.Errorf(format, "oops"))
	format = "bad: %w"
	fmt.Println(fmt.Errorf(format, "not an error"))
}

// Output:
// %!d(string=hi)
// %!s(int=42)
// %!t(int=1)
// %!f(string=str) 0x1.cp+01
// 1 %!d(MISSING)
// %!s(MISSING)
// 1%!(EXTRA int=3)
// done%!(EXTRA string=extra, float64=2.5, <nil>)
// %!z(int=5)
// %!!(int=5)
// end with percent %!(NOVERB)
// %!(BADWIDTH)5
// %!(BADPREC)5
// %!d(BADINDEX)
// %!d(BADINDEX) %!d(BADINDEX)
// 2
// %!d(<nil>)
// %!s(<nil>) <nil>
// [%!d(string=a)]
// [%!s(int=1) %!s(int=2)]
// {%!d(string=a) 1}
// %!c(string=s) %!q(float64=3.5) %!U(string=u)
// %!e(int=10) %!g(bool=true)
// %!p(int=7)
// %!x(bool=true) (0X0P+00+0X1.8P+00i)
// %!d(string=        hi)|%!!(int=1       )|
// %!w(*errors.errorString=&{%w outside Errorf})
// %!s(float64=1.5) %!t(string=    t)
// %!d(string=a) and %!s(MISSING)
// 1 2%!(EXTRA int=3, string=four)
// code %!d(string=oops)
// bad: %!w(string=not an error)
