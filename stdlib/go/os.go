// Package os, written in Go over a few natives.
package os

import "errors"

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args = runtimeArgs()

func runtimeArgs() []string

func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func write(fd int, b []byte) (n int, errno int)

func writeString(fd int, s string) (n int, errno int)

func read(fd int, b []byte) (n int, errno int)

func errnoText(errno int) string

type FileMode uint32

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

var ErrNotExist = errors.New("file does not exist")

type syscallError struct {
	errno int
}

func (e syscallError) Error() string { return errnoText(e.errno) }

func (f *File) Name() string { return f.name }

func (f *File) Write(b []byte) (n int, err error) {
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, &PathError{"write", f.name, syscallError{errno}}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	n, errno := writeString(f.fd, s)
	if errno != 0 {
		return n, &PathError{"write", f.name, syscallError{errno}}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return n, &PathError{"read", f.name, syscallError{errno}}
	}
	if n == 0 {
		return 0, ioEOF()
	}
	return n, nil
}

// ioEOF returns io.EOF (native, so that os need not import io).
func ioEOF() error

func readFile(name string) ([]byte, int)

func writeFile(name string, data []byte, perm uint32) int

func ReadFile(name string) ([]byte, error) {
	b, errno := readFile(name)
	if errno != 0 {
		return nil, &PathError{"open", name, syscallError{errno}}
	}
	return b, nil
}

func WriteFile(name string, data []byte, perm FileMode) error {
	errno := writeFile(name, data, uint32(perm))
	if errno != 0 {
		return &PathError{"open", name, syscallError{errno}}
	}
	return nil
}
