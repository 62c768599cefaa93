// Package io/fs: the errors, PathError and FileMode that os re-exports (no
// file system interfaces yet).
package fs

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

type FileMode uint32

// The type bits, from the top bit down, as Go numbers them.
const (
	ModeDir FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// String: one letter per type bit set (in the order of the constants
// above), or "-", then rwx for each of the nine permission bits.
func (m FileMode) String() string {
	letters := "dalTLDpSugct?"
	out := make([]byte, 0, 22)
	for i := 0; i < len(letters); i++ {
		if m&(ModeDir>>uint(i)) != 0 {
			out = append(out, letters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			out = append(out, "rwx"[i%3])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }
