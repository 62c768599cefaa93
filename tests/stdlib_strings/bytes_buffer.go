// bytes.Buffer: writes, reads, unreads, growth (Cap after each step) and
// errors; bytes.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 12; i++ {
		b.WriteString("0123456789")
		fmt.Print(" ", b.Len(), "/", b.Cap())
	}
	fmt.Println()
	p := make([]byte, 95)
	n, err := b.Read(p)
	fmt.Println(n, err, b.Len(), b.Cap())
	b.Write([]byte("abcdefghijklmnopqrstuvwxyz"))
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.WriteByte('!')
	n, err = b.WriteRune('é')
	fmt.Println(n, err, b.Len(), b.Cap())
	n, err = b.WriteRune(0xD800)
	fmt.Println(n, err, b.Len())
	fmt.Printf("%q\n", b.Next(5))
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadString('z')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('#')
	fmt.Printf("%q %v %d\n", rest, err, cap(rest))
	rest, err = b.ReadBytes('#')
	fmt.Printf("%q %v %v\n", rest, err, rest == nil)
	c, err = b.ReadByte()
	fmt.Println(c, err, b.Len(), b.Cap())
	n, err = b.Read(nil)
	fmt.Println(n, err)
	n, err = b.Read(p)
	fmt.Println(n, err)

	nb := bytes.NewBufferString("hello world")
	fmt.Println(nb.Len(), nb.Cap())
	nb.Truncate(5)
	fmt.Println(nb.String(), nb.Len())
	nb.Grow(100)
	fmt.Println(nb.Len(), nb.Cap())
	nb.Reset()
	fmt.Println(nb.Len(), nb.Cap())
	fmt.Fprintf(nb, "%d+%d=%d", 1, 2, 3)
	fmt.Println(nb.String(), string(nb.Bytes()))

	small := bytes.NewBuffer(make([]byte, 0, 10))
	for i := 0; i < 6; i++ {
		small.WriteString("abc")
		fmt.Print(" ", small.Cap())
	}
	fmt.Println()
	// Reading then writing slides the unread bytes down when there is room.
	slide := bytes.NewBuffer(make([]byte, 0, 100))
	slide.WriteString(strings.Repeat("x", 90))
	slide.Next(80)
	slide.WriteString(strings.Repeat("y", 20))
	fmt.Println(slide.Len(), slide.Cap(), slide.String())

	var rf bytes.Buffer
	m, err := rf.ReadFrom(strings.NewReader(strings.Repeat("r", 1000)))
	fmt.Println(m, err, rf.Len(), rf.Cap())
	var sb strings.Builder
	m, err = rf.WriteTo(&sb)
	fmt.Println(m, err, sb.Len(), rf.Len())

	var np *bytes.Buffer
	fmt.Println(np.String())
	try("truncate", func() { var t bytes.Buffer; t.WriteString("ab"); t.Truncate(3) })
	try("grow", func() { var t bytes.Buffer; t.Grow(-1) })
	try("repeat", func() { bytes.Repeat([]byte("x"), -1) })
	try("nil write", func() { var t *bytes.Buffer; t.WriteString("x") })
	fmt.Println(bytes.ErrTooLarge, bytes.MinRead)
	var iw io.Writer = &b
	io.WriteString(iw, "via io")
	fmt.Println(b.String())

	rd := bytes.NewReader([]byte("héllo"))
	fmt.Println(rd.Len(), rd.Size())
	ch, sz, err := rd.ReadRune()
	fmt.Println(ch, sz, err)
	ch, sz, err = rd.ReadRune()
	fmt.Println(ch, sz, err, rd.UnreadRune(), rd.UnreadRune())
	buf := make([]byte, 10)
	k, err := rd.Read(buf)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	k, err = rd.Read(buf)
	fmt.Println(k, err)
	k, err = rd.ReadAt(buf[:2], 1)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	_, err = rd.Seek(-1, 0)
	fmt.Println(err)
	pos, err := rd.Seek(2, 0)
	fmt.Println(pos, err)
	var out bytes.Buffer
	w, err := rd.WriteTo(&out)
	fmt.Printf("%d %v %q\n", w, err, out.String())
	rd.Reset([]byte("x"))
	fmt.Println(rd.Len(), rd.UnreadByte())
	bt, err := rd.ReadByte()
	fmt.Println(bt, err, rd.UnreadByte(), rd.Len())
}

// Output:
// 0 0 true
//  10/64 20/64 30/64 40/64 50/64 60/64 70/128 80/128 90/128 100/128 110/128 120/128
// 95 <nil> 25 128
// 51 128 5678901234567890123456789abcdefghijklmnopqrstuvwxyz
// 2 <nil> 54 128
// 3 <nil> 57
// "56789"
// 48 <nil> <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// 48 1 <nil> <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// "01234567890123456789abcdefghijklmnopqrstuvwxyz" <nil>
// "!é�" EOF 8
// "" EOF true
// 0 EOF 0 128
// 0 <nil>
// 0 EOF
// 11 16
// hello 5
// 5 112
// 0 112
// 1+2=3 1+2=3
//  10 10 10 24 24 24
// 30 100 xxxxxxxxxxyyyyyyyyyyyyyyyyyyyy
// 1000 <nil> 1000 2048
// 1000 <nil> 1000 0
// <nil>
// truncate: panic: bytes.Buffer: truncation out of range
// grow: panic: bytes.Buffer.Grow: negative count
// repeat: panic: bytes: negative Repeat count
// nil write: panic: runtime error: invalid memory address or nil pointer dereference
// bytes.Buffer: too large 512
// via io
// 6 6
// 104 1 <nil>
// 233 2 <nil> <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 5 <nil> "éllo"
// 0 EOF
// 2 <nil> "é"
// bytes.Reader.Seek: negative position
// 2 <nil>
// 4 <nil> "\xa9llo"
// 1 bytes.Reader.UnreadByte: at beginning of slice
// 120 <nil> <nil> 1
