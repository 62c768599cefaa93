// Package errors, written in Go. As and Is compare and assign values of
// arbitrary types, which takes reflection: two natives do that part.
package errors

func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether v's dynamic type is comparable (native).
func comparable(v interface{}) bool

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// asTarget checks that target is a non-nil pointer to a type implementing
// error or to an interface, and panics as Go does otherwise (native).
func asTarget(target interface{})

// assignTo stores err in *target if err's dynamic type is assignable to
// target's element type (native).
func assignTo(err error, target interface{}) bool

func As(err error, target any) bool {
	asTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(interface{}) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
