// io.ReadAll, ReadFull and ReadAtLeast: the sizes of the reads ReadAll
// makes as its buffer grows, and the errors for short input.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Gives at most step bytes a read, then err instead of EOF if set.
type chunks struct {
	s     string
	step  int
	err   error
	calls []int
}

func (c *chunks) Read(p []byte) (int, error) {
	c.calls = append(c.calls, len(p))
	if len(c.s) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		return 0, io.EOF
	}
	n := copy(p, c.s[:min(len(c.s), c.step)])
	c.s = c.s[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	b, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", b, err)

	c := &chunks{s: strings.Repeat("y", 1500), step: 700}
	b, err = io.ReadAll(c)
	fmt.Println(len(b), err, c.calls[:3])

	c = &chunks{s: "partial", step: 3, err: errors.New("broken pipe")}
	b, err = io.ReadAll(c)
	fmt.Printf("%q %v\n", b, err)

	b, err = io.ReadAll(&chunks{})
	fmt.Println(len(b), b != nil, err)

	buf := make([]byte, 5)
	n, err := io.ReadFull(&chunks{s: "abcdefg", step: 2}, buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = io.ReadFull(&chunks{s: "abc", step: 2}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&chunks{}, buf)
	fmt.Println(n, err, err == io.EOF)

	n, err = io.ReadAtLeast(&chunks{s: "abcdefg", step: 2}, buf, 3)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = io.ReadAtLeast(&chunks{s: "abc", step: 3}, buf, 6)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	n, err = io.ReadAtLeast(&chunks{s: "ab", step: 1, err: errors.New("reset")}, buf, 4)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&chunks{s: "ab", step: 1, err: errors.New("reset")}, buf, 2)
	fmt.Println(n, err)
}

// Output:
// "all of it" <nil>
// 1500 <nil> [512 384 512]
// "partial" broken pipe
// 0 true <nil>
// 5 <nil> "abcde"
// 3 unexpected EOF true
// 0 EOF true
// 4 <nil> "abcd"
// 0 short buffer true
// 2 reset
// 2 <nil>
