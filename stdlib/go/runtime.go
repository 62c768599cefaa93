// Package runtime, written in Go: the error types of run-time panics and
// the functions programs call. The interpreter creates values of these
// types for runtime errors (runtime/panic.cpp).
package runtime

type Error interface {
	error
	RuntimeError()
}

// errorString: most runtime errors ("integer divide by zero").
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError: the ones Go prints without "runtime error: ".
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// boundsError: index and slice bounds; the text is formatted when raised.
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

func Gosched()

func GOMAXPROCS(n int) int

func NumCPU() int

func NumGoroutine() int

func GC()
