// errors_is_as.go: errors.New identity, errors.Is and errors.As through wrap chains, custom Is and Unwrap methods.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrPermission = errors.New("permission denied")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Temporary struct{ msg string }

func (t Temporary) Error() string { return "temporary: " + t.msg }

// StatusErr matches any StatusErr with the same code via a custom Is method.
type StatusErr struct {
	Code int
	Msg  string
}

func (s StatusErr) Error() string { return fmt.Sprintf("%d %s", s.Code, s.Msg) }
func (s StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && t.Code == s.Code
}

func open(path string) error {
	return &PathError{"open", path, ErrPermission}
}

func main() {
	// errors.New values are distinct even with the same text.
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), errors.Is(a, b), errors.Is(a, a))

	err := fmt.Errorf("startup: %w", open("/etc/app"))
	fmt.Println(err)
	fmt.Println("Is permission:", errors.Is(err, ErrPermission))

	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("As PathError:", pe.Op, pe.Path)
	}
	var tmp Temporary
	fmt.Println("As Temporary:", errors.As(err, &tmp))

	wrappedTmp := fmt.Errorf("retry: %w", Temporary{"network"})
	if errors.As(wrappedTmp, &tmp) {
		fmt.Println("got", tmp.msg)
	}

	// As with an interface target.
	var unwrapper interface{ Unwrap() error }
	fmt.Println("As Unwrap interface:", errors.As(err, &unwrapper))

	// Custom Is method.
	e404 := fmt.Errorf("fetch: %w", StatusErr{404, "Not Found"})
	fmt.Println(errors.Is(e404, StatusErr{Code: 404}), errors.Is(e404, StatusErr{Code: 500}))

	// Errors from the standard library.
	_, convErr := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(convErr, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err)
		fmt.Println(errors.Is(convErr, strconv.ErrSyntax))
	}

	// Unwrap on an error that does not wrap returns nil.
	fmt.Println(errors.Unwrap(ErrPermission) == nil, errors.Unwrap(open("x")) == ErrPermission)

	// nil handling.
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(nil, nil))
}

// Output:
// false true false true
// startup: open /etc/app: permission denied
// Is permission: true
// As PathError: open /etc/app
// As Temporary: false
// got network
// As Unwrap interface: true
// true false
// Atoi 12a invalid syntax
// true
// true true
// false true
