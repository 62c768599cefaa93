// io's Seek constants and errors, SectionReader, and the optional
// interfaces (ReaderFrom, WriterTo) as bufio and Copy use them.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A writer that is a ReaderFrom, reporting when it is used.
type sink struct{ bytes.Buffer }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("sink.ReadFrom")
	return s.Buffer.ReadFrom(r)
}

// A reader that never makes progress.
type stuck struct{}

func (stuck) Read(p []byte) (int, error) { return 0, nil }

func main() {
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)

	r := strings.NewReader("0123456789")
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = r.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	b, _ := io.ReadAll(r)
	fmt.Printf("%q\n", b)

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sec.Size())
	b, err = io.ReadAll(sec)
	fmt.Printf("%q %v\n", b, err)
	pos, err = sec.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	p := make([]byte, 3)
	n, err := sec.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	pos, err = sec.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = sec.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	_, err = sec.Seek(0, 7)
	fmt.Println(err)
	n, err = sec.ReadAt(p, 3)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = sec.ReadAt(p, 0)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = sec.ReadAt(p, 5)
	fmt.Println(n, err)
	big := io.NewSectionReader(strings.NewReader("abc"), 1, 1<<63-1)
	fmt.Println(big.Size())

	var _ io.ReaderFrom = &bytes.Buffer{}
	var _ io.WriterTo = strings.NewReader("")
	var _ io.ReadSeeker = strings.NewReader("")
	var _ io.ReaderAt = bytes.NewReader(nil)
	var _ io.ByteScanner = bufio.NewReader(nil)
	var _ io.RuneScanner = strings.NewReader("")
	var _ io.ReadWriter = &bytes.Buffer{}

	s := &sink{}
	br := bufio.NewReader(strings.NewReader("through bufio"))
	n64, err := br.WriteTo(s)
	fmt.Println(n64, err, s.String())

	bw := bufio.NewWriter(s)
	n64, err = bw.ReadFrom(strings.NewReader("into a ReaderFrom"))
	fmt.Println(n64, err, s.String())

	_, err = bufio.NewReader(stuck{}).ReadByte()
	fmt.Println(err, err == io.ErrNoProgress)
	sc := bufio.NewScanner(stuck{})
	fmt.Println(sc.Scan(), sc.Err() == io.ErrNoProgress)

	fmt.Println(io.ErrShortBuffer, "|", io.ErrClosedPipe)
}

// Output:
// 0 1 2
// 7 <nil>
// 8 <nil>
// "89"
// 5
// "23456" <nil>
// 1 <nil>
// 3 "345" <nil>
// 4 <nil>
// Seek: invalid offset
// Seek: invalid whence
// 2 "56" EOF
// 3 "234" <nil>
// 0 EOF
// 9223372036854775806
// 13 <nil> through bufio
// sink.ReadFrom
// 17 <nil> through bufiointo a ReaderFrom
// multiple Read calls return no data or error true
// false true
// short buffer | io: read/write on closed pipe
