// fmt_errorf_wrap.go: fmt.Errorf with %w wraps an error; %v only formats it; Unwrap walks the chain.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

func lookup(key string) error {
	if key == "" {
		return errors.New("empty key")
	}
	return fmt.Errorf("lookup %q: %w", key, ErrNotFound)
}

func load(key string) error {
	if err := lookup(key); err != nil {
		return fmt.Errorf("load failed: %w", err)
	}
	return nil
}

func main() {
	err := load("cfg")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))

	// Walk the chain with errors.Unwrap.
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}

	// %v formats but does not wrap.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// Errorf without %w creates a plain error.
	plain := fmt.Errorf("code %d, reason %s", 404, "missing")
	fmt.Printf("%v | %T\n", plain, plain)

	// %w with a nil error.
	nilWrapped := fmt.Errorf("wrapped nil: %w", nil)
	fmt.Println(nilWrapped, errors.Unwrap(nilWrapped) == nil)

	// Wrapped errors also print through other verbs.
	fmt.Printf("%s|%q\n", err, lookup(""))

	// Errorf works with Fprintln to any writer.
	fmt.Fprintln(os.Stdout, fmt.Errorf("line %d: %w", 3, errors.New("syntax")))
}

// Output:
// load failed: lookup "cfg": not found
// true
// *fmt.wrapError: load failed: lookup "cfg": not found
// *fmt.wrapError: lookup "cfg": not found
// *errors.errorString: not found
// flat: not found false true
// code 404, reason missing | *errors.errorString
// wrapped nil: %!w(<nil>) true
// load failed: lookup "cfg": not found|"empty key"
// line 3: syntax
