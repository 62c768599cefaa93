// errors_custom.go: custom error types with fields, returning typed errors, sentinel errors and collecting multiple errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

var ErrEmpty = errors.New("empty input")

type User struct {
	Name  string
	Age   int
	Email string
}

func validate(u User) error {
	var errs MultiError
	if u.Name == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, ValidationError{"age", fmt.Sprintf("%d out of range", u.Age)})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, ValidationError{"email", "missing @"})
	}
	if len(errs) == 0 {
		return nil // return a nil interface, not a nil MultiError
	}
	return errs
}

func parseList(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, ErrEmpty
	}
	return strings.Split(s, ","), nil
}

func main() {
	users := []User{
		{"ann", 30, "ann@example.com"},
		{"", 200, "nope"},
		{"bob", -1, "bob@x"},
	}
	for _, u := range users {
		if err := validate(u); err != nil {
			fmt.Println("invalid:", err)
			if me, ok := err.(MultiError); ok {
				for _, e := range me {
					if ve, ok := e.(ValidationError); ok {
						fmt.Printf("  field=%s issue=%q\n", ve.Field, ve.Issue)
					}
				}
			}
		} else {
			fmt.Println("valid:", u.Name)
		}
	}

	for _, in := range []string{"a,b,c", "   "} {
		items, err := parseList(in)
		switch {
		case err == ErrEmpty:
			fmt.Println("sentinel matched:", err)
		case err != nil:
			fmt.Println("other error:", err)
		default:
			fmt.Println("items:", items, len(items))
		}
	}

	// Errors as values: comparable, storable in maps.
	counts := map[error]int{}
	for _, e := range []error{ErrEmpty, ValidationError{"a", "b"}, ErrEmpty, ValidationError{"a", "b"}} {
		counts[e]++
	}
	fmt.Println(counts[ErrEmpty], counts[ValidationError{"a", "b"}])
}

// Output:
// valid: ann
// invalid: 3 errors: name: required; age: 200 out of range; email: missing @
//   field=name issue="required"
//   field=age issue="200 out of range"
//   field=email issue="missing @"
// invalid: 1 errors: age: -1 out of range
//   field=age issue="-1 out of range"
// items: [a b c] 3
// sentinel matched: empty input
// 2 2
