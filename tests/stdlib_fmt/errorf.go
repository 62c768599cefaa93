// Errorf, with %w wrapping (once, as Go 1.19 allows) and its misuses.
package main

import (
	"errors"
	"fmt"
	"io"
)

type myErr struct{ s string }

func (e *myErr) Error() string { return "myErr: " + e.s }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("ctx: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	fmt.Printf("%T %T\n", e1, fmt.Errorf("no wrap %d", 1))
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, base), errors.Unwrap(errors.Unwrap(e2)) == base)
	e3 := fmt.Errorf("%w and %w", base, io.EOF)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("not an error: %w", "str")
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	me := &myErr{"x"}
	e6 := fmt.Errorf("wrapped %v then %w", 1, me)
	var target *myErr
	fmt.Println(e6, errors.As(e6, &target), target == me)
	e7 := fmt.Errorf("%[2]w %[1]s", "s", base)
	fmt.Println(e7, errors.Unwrap(e7) == base)
	e8 := fmt.Errorf("%w %w %w", base, base, base)
	fmt.Println(e8, errors.Unwrap(e8) == nil)
	e9 := fmt.Errorf("%w %w", 3, base)
	fmt.Println(e9, errors.Unwrap(e9) == base)
	e10 := fmt.Errorf("%+w|%#w|%10w|", base, base, base)
	fmt.Println(e10, errors.Unwrap(e10) == nil)
	e11 := fmt.Errorf("%s: %d", "code", 42)
	fmt.Println(e11, errors.Unwrap(e11) == nil)
	fmt.Println(fmt.Errorf("%w", io.EOF) == io.EOF, errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	e12 := fmt.Errorf("%v", base)
	fmt.Println(e12, errors.Unwrap(e12) == nil)
	e13 := fmt.Errorf("%w", []byte{1})
	fmt.Println(e13)
}

// Output:
// ctx: base true true
// *fmt.wrapError *errors.errorString
// outer: ctx: base true true
// base and %!w(*errors.errorString=&{EOF}) true
// not an error: %!w(string=str) true
// nil: %!w(<nil>) true
// wrapped 1 then myErr: x true true
// base s true
// base %!w(*errors.errorString=&{base}) %!w(*errors.errorString=&{base}) true
// %!w(int=3) base true
// base|%!w(*errors.errorString=&{base})|%!w(*errors.errorString=&{      base})| true
// code: 42 true
// false true
// ctx: base|ctx: base|"ctx: base"
// base true
// [%!w(uint8=1)]
