// bytes_buffer.go: bytes.Buffer as a growable writer and reader: Write*, Read*, Next, Truncate, Reset, String.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d+%d=%d", 1, 2, 3)
	fmt.Println(buf.String(), buf.Len())

	// Reading consumes from the front.
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p[:n], buf.String())
	b, _ := buf.ReadByte()
	fmt.Printf("%q\n", b)
	word, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", word, err)
	fmt.Printf("%q\n", buf.Next(3))
	rest, err := buf.ReadBytes('x') // delimiter not found: returns the rest and io.EOF
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, buf.Len())

	// Truncate and Reset.
	var b2 bytes.Buffer
	b2.WriteString("abcdef")
	b2.Truncate(3)
	fmt.Println(b2.String())
	b2.Reset()
	fmt.Printf("%q %d\n", b2.String(), b2.Len())

	// NewBufferString and ReadRune/UnreadRune.
	b3 := bytes.NewBufferString("é!")
	r, size, _ := b3.ReadRune()
	fmt.Println(string(r), size)
	b3.UnreadRune()
	r, _, _ = b3.ReadRune()
	fmt.Println(string(r), b3.String())

	// Building output and writing it out in one go.
	var out bytes.Buffer
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&out, "line %d\n", i)
	}
	out.WriteTo(os.Stdout)
	fmt.Println(out.Len())

	// A Buffer's Bytes share storage until the next modification.
	var b4 bytes.Buffer
	b4.WriteString("xyz")
	raw := b4.Bytes()
	raw[0] = 'X'
	fmt.Println(b4.String())
}

// Output:
// hello world! 1+2=3 18
// 5 <nil> "hello" " world! 1+2=3"
// ' '
// "world!" <nil>
// " 1+"
// "2=3" EOF
// 0 EOF 0
// abc
// "" 0
// é 2
// é !
// line 1
// line 2
// line 3
// 0
// Xyz
