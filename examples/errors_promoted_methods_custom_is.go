// errors_promoted_methods_custom_is.go: String promoted through embedding (value and pointer), custom Is methods, errors.As into an interface, Unwrap chains, *os.PathError.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Employee struct {
	Name
	ID int
}

type Manager struct {
	*Employee
	Reports []*Employee
}

type Audited struct {
	Employee
	note string
}

func (a Audited) String() string { return "audited:" + a.note }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }
func (e NotFound) Is(target error) bool {
	t, ok := target.(NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

type multi struct{ errs []error }

func (m multi) Error() string { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() error {
	if len(m.errs) == 0 {
		return nil
	}
	return m.errs[0]
}

func main() {
	e := Employee{Name{"Ada", "Lovelace"}, 1}
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s|%d\n", e, e, e, e.ID)
	m := Manager{&e, []*Employee{{Name{"B", "C"}, 2}}}
	fmt.Println(m.First, m.String(), m.Reports[0])
	fmt.Printf("%v\n", m.Employee)
	a := Audited{e, "ok"}
	fmt.Println(a, a.Name, a.Employee)
	var s fmt.Stringer = m
	fmt.Println(s.String())
	err := fmt.Errorf("lookup: %w", NotFound{"k1"})
	fmt.Println(errors.Is(err, NotFound{}), errors.Is(err, NotFound{"k1"}), errors.Is(err, NotFound{"k2"}))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	ne := fmt.Errorf("dial: %w", &netErr{"timeout"})
	var tmp Temporary
	fmt.Println(errors.As(ne, &tmp), tmp != nil && tmp.Temporary())
	mu := multi{[]error{io.EOF, os.ErrNotExist}}
	fmt.Println(errors.Is(mu, io.EOF), errors.Is(mu, os.ErrNotExist), errors.Unwrap(multi{}) == nil)
	wrapped := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", fmt.Errorf("l3: %w", io.ErrUnexpectedEOF)))
	fmt.Println(wrapped)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(nil, io.EOF), errors.Is(io.EOF, nil), errors.Is(nil, nil))
}

// Output:
// Ada Lovelace
// Ada Lovelace|Ada Lovelace|Ada Lovelace|1
// Ada Ada Lovelace B C
// Ada Lovelace
// audited:ok Ada Lovelace Ada Lovelace
// Ada Lovelace
// true true false
// true k1
// true true
// true false true
// l1: l2: l3: unexpected EOF
//   *fmt.wrapError: l1: l2: l3: unexpected EOF
//   *fmt.wrapError: l2: l3: unexpected EOF
//   *fmt.wrapError: l3: unexpected EOF
//   *errors.errorString: unexpected EOF
// open /definitely/not/here.txt: no such file or directory true
// open /definitely/not/here.txt no such file or directory
// false false true
