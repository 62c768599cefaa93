// bufio.Reader over a reader that hands out its data in small chunks:
// ReadString, ReadBytes, ReadLine (long lines in parts, \r\n), ReadSlice,
// ReadByte/UnreadByte, ReadRune/UnreadRune, Peek, Discard, Read, Buffered,
// Reset, WriteTo, and the errors of each at EOF.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns its data at most n bytes per Read, and counts the Reads.
type chunky struct {
	data  string
	n     int
	reads int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.reads++
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.data) {
		k = len(c.data)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

type sink struct{ parts []string }

func (s *sink) Write(p []byte) (int, error) {
	s.parts = append(s.parts, string(p))
	return len(p), nil
}

func main() {
	text := "first line\nsecond line\r\nthird is a rather long line that does not fit\nlast"
	r := bufio.NewReaderSize(&chunky{data: text, n: 7}, 16)
	fmt.Println(r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}

	src := &chunky{data: text, n: 5}
	r = bufio.NewReader(src)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	fmt.Println("reads:", src.reads)

	r = bufio.NewReaderSize(&chunky{data: text, n: 3}, 16)
	for {
		b, err := r.ReadBytes(' ')
		fmt.Printf("%q %v %d\n", b, err, cap(b))
		if err != nil {
			break
		}
	}
	b, err := r.ReadBytes(' ')
	fmt.Printf("%q %v %v\n", b, err, b == nil)

	r = bufio.NewReaderSize(&chunky{data: "héllo, wörld! \xff\xfe end", n: 4}, 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	for i := 0; i < 6; i++ {
		ru, size, err := r.ReadRune()
		fmt.Print(string(ru), size, err, " ")
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	n, err := r.Discard(3)
	fmt.Println(n, err)
	for {
		ru, size, err := r.ReadRune()
		fmt.Printf(" %q %d %v |", ru, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	n, err = r.Discard(5)
	fmt.Println(n, err)

	r = bufio.NewReaderSize(&chunky{data: strings.Repeat("0123456789", 5), n: 7}, 16)
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Buffered())
	big := make([]byte, 40)
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]))
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]))
	line, err := r.ReadSlice('x')
	fmt.Printf("%q %v\n", line, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)

	r.Reset(&chunky{data: "reset data\nmore", n: 100})
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	var out sink
	m, err := r.WriteTo(&out)
	fmt.Println(m, err, out.parts)

	r = bufio.NewReaderSize(strings.NewReader("a-b-c"), 1)
	fmt.Println(r.Size(), bufio.NewReaderSize(r, 8) == r, bufio.NewReaderSize(r, 17) == r, bufio.NewReader(r) == r)
	_, err = bufio.NewReader(strings.NewReader("")).ReadByte()
	fmt.Println(err, errors.Is(err, io.EOF))
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw\n")), bufio.NewWriter(&out))
	s, _ = rw.ReadString('\n')
	rw.WriteString("w:" + s)
	rw.Flush()
	fmt.Printf("%q\n", out.parts)
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}

// Output:
// 16
// "first line" false <nil>
// "second line" false <nil>
// "third is a rathe" true <nil>
// "r long line that" true <nil>
// " does not fit" false <nil>
// "last" false <nil>
// "" false EOF
// "first line\n" <nil>
// "second line\r\n" <nil>
// "third is a rather long line that does not fit\n" <nil>
// "last" EOF
// reads: 16
// "first " <nil> 6
// "line\nsecond " <nil> 12
// "line\r\nthird " <nil> 12
// "is " <nil> 3
// "a " <nil> 2
// "rather " <nil> 7
// "long " <nil> 5
// "line " <nil> 5
// "that " <nil> 5
// "does " <nil> 5
// "not " <nil> 4
// "fit\nlast" EOF 8
// "" EOF false
// "héll" <nil> 8
// "héllo, wörld! " bufio: buffer full
// bufio: negative count
// bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
// 104 <nil> bufio: invalid use of UnreadByte
// h1 <nil> é2 <nil> l1 <nil> l1 <nil> o1 <nil> ,1 <nil> <nil> bufio: invalid use of UnreadRune
// 3 <nil>
//  'ö' 2 <nil> | 'r' 1 <nil> | 'l' 1 <nil> | 'd' 1 <nil> | '!' 1 <nil> | ' ' 1 <nil> | '�' 1 <nil> | '�' 1 <nil> | ' ' 1 <nil> | 'e' 1 <nil> | 'n' 1 <nil> | 'd' 1 <nil> | '\x00' 0 EOF |
// 0 EOF
// 4 <nil> 0123 3
// 3 <nil> 456
// 7 <nil> 7890123
// "4567890123456789" bufio: buffer full
// 0 <nil>
// "reset data\n" <nil>
// 4 <nil> [more]
// 16 true false false
// EOF true
// ["more" "w:rw\n"]
// bufio: buffer full bufio: negative count bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
