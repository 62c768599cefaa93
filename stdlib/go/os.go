// Package os, written in Go over a few natives.
package os

import "io/fs"

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

func Getpid() int

func LookupEnv(key string) (string, bool)

// TempDir: $TMPDIR, or /tmp (Go's rule on Unix).
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func write(fd int, b []byte) (n int, errno int)

func writeString(fd int, s string) (n int, errno int)

func read(fd int, b []byte) (n int, errno int)

func errnoText(errno int) string

type FileMode = fs.FileMode

type PathError = fs.PathError

// The errors of io/fs, which os re-exports.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

const (
	ModeDir  = fs.ModeDir
	ModePerm = fs.ModePerm
)

// syscallError stands for syscall.Errno (Linux's numbers).
type syscallError struct {
	errno int
}

const (
	eperm     = 1
	enoent    = 2
	eacces    = 13
	eexist    = 17
	enotempty = 39
)

func (e syscallError) Error() string { return errnoText(e.errno) }

// Is lets errors.Is(err, os.ErrNotExist) see through the errno, as
// syscall.Errno.Is does.
func (e syscallError) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e.errno == eacces || e.errno == eperm
	case ErrExist:
		return e.errno == eexist || e.errno == enotempty
	case ErrNotExist:
		return e.errno == enoent
	}
	return false
}

func underlyingErrorIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscallError)
	return ok && e.Is(target)
}

func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

func open(name string, flag int, perm uint32) (fd int, errno int)

func closeFd(fd int) int

func remove(name string) int

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := open(name, flag, uint32(perm))
	if errno != 0 {
		return nil, &PathError{"open", name, syscallError{errno}}
	}
	return &File{fd, name}, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{"close", f.name, ErrClosed}
	}
	errno := closeFd(f.fd)
	f.fd = -1
	if errno != 0 {
		return &PathError{"close", f.name, syscallError{errno}}
	}
	return nil
}

// checkValid is what Read and Write check first: a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{op, f.name, ErrClosed}
	}
	return nil
}

func Remove(name string) error {
	if errno := remove(name); errno != 0 {
		return &PathError{"remove", name, syscallError{errno}}
	}
	return nil
}

func (f *File) Name() string { return f.name }

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, &PathError{"write", f.name, syscallError{errno}}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := writeString(f.fd, s)
	if errno != 0 {
		return n, &PathError{"write", f.name, syscallError{errno}}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
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

// readFile's readErr says whether errno came from reading (a directory)
// rather than opening.
func readFile(name string) (data []byte, errno int, readErr bool)

func writeFile(name string, data []byte, perm uint32) int

func ReadFile(name string) ([]byte, error) {
	b, errno, readErr := readFile(name)
	if errno != 0 {
		if readErr {
			return nil, &PathError{"read", name, syscallError{errno}}
		}
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
