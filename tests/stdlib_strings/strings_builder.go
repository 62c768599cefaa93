// strings.Builder (growth, Cap, copy detection), strings.Reader and
// strings.Replacer, and the panics of Repeat, Grow and NewReplacer.
package main

import (
	"errors"
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
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 20; i++ {
		b.WriteString("ab")
		fmt.Print(" ", b.Cap())
	}
	fmt.Println()
	b.WriteByte('!')
	n, err := b.WriteRune('é')
	fmt.Println(n, err, b.Len(), b.Cap())
	n, err = b.WriteRune('x')
	fmt.Println(n, err)
	n, err = b.WriteRune(-1)
	fmt.Println(n, err, b.Len())
	n, err = b.Write([]byte("bytes"))
	fmt.Println(n, err, b.Len())
	s := b.String()
	b.WriteString("more")
	fmt.Println(s, len(s))
	fmt.Println(b.String())

	var r strings.Builder
	r.WriteRune('世')
	fmt.Println(r.Len(), r.Cap())
	r.WriteRune('界')
	fmt.Println(r.Len(), r.Cap())
	r.Grow(100)
	fmt.Println(r.Len(), r.Cap())
	r.Grow(10)
	fmt.Println(r.Len(), r.Cap())
	r.Reset()
	fmt.Println(r.Len(), r.Cap())
	var g strings.Builder
	g.Grow(5)
	g.WriteString("hello world")
	fmt.Println(g.String(), g.Cap())

	fmt.Fprintf(&g, " %d-%s", 42, "x")
	fmt.Println(g.String())
	var w io.Writer = &g
	w.Write([]byte("!"))
	io.WriteString(w, "?")
	fmt.Println(g.String())

	try("copy", func() {
		var a strings.Builder
		a.WriteString("x")
		c := a
		fmt.Println(c.String(), c.Len())
		c.WriteString("y")
	})
	try("copy empty", func() {
		var a strings.Builder
		c := a
		c.WriteString("fine")
		fmt.Println(c.String())
	})
	try("grow", func() { var a strings.Builder; a.Grow(-1) })
	try("repeat", func() { strings.Repeat("x", -1) })
	try("repeat overflow", func() { strings.Repeat("xx", 1<<62) })
	try("replacer", func() { strings.NewReplacer("a") })
	try("nil builder", func() { var p *strings.Builder; p.Len() })

	rd := strings.NewReader("héllo\xffz")
	fmt.Println(rd.Len(), rd.Size())
	for {
		c, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err, err == io.EOF)
			break
		}
		fmt.Printf("%q %d %d; ", c, size, rd.Len())
	}
	fmt.Println()
	fmt.Println(rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	fmt.Println(rd.UnreadByte(), rd.Len())
	bb, err := rd.ReadByte()
	fmt.Println(bb, err)
	pos, err := rd.Seek(1, 0)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	k, err := rd.Read(buf)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	k, err = rd.ReadAt(buf, 6)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	k, err = rd.ReadAt(buf, 100)
	fmt.Println(k, err)
	_, err = rd.ReadAt(buf, -1)
	fmt.Println(err)
	_, err = rd.Seek(-100, 1)
	fmt.Println(err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	pos, _ = rd.Seek(-2, 2)
	fmt.Println(pos)
	var sb strings.Builder
	wn, err := rd.WriteTo(&sb)
	fmt.Printf("%d %v %q\n", wn, err, sb.String())
	rd.Reset("again")
	fmt.Println(rd.Len(), errors.Is(rd.UnreadRune(), nil))
	empty := strings.NewReader("")
	fmt.Println(empty.UnreadByte())
	fmt.Println(empty.UnreadRune())

	reps := []*strings.Replacer{
		strings.NewReplacer("a", "1", "b", "2"),
		strings.NewReplacer("a", "1", "a", "2"),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("a", "1", "aa", "2", "aaa", "3"),
		strings.NewReplacer("", "X"),
		strings.NewReplacer("a", "A", "", "-"),
		strings.NewReplacer("", "-", "a", "A"),
		strings.NewReplacer("hello", "bye"),
		strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;"),
		strings.NewReplacer(),
		strings.NewReplacer("é", "e", "ü", "ue", "\xff", "?"),
		strings.NewReplacer("ab", "AB", "b", "B", "bc", "BC"),
	}
	for i, rp := range reps {
		for _, in := range []string{"", "abc", "aaaa", "hello, <world> & \"you\"", "bananas", "héllo\xffü", "abcbc"} {
			fmt.Printf("%d %q -> %q\n", i, in, rp.Replace(in))
		}
	}
	var zero strings.Replacer
	fmt.Println(zero.Replace("unchanged"))
	var out strings.Builder
	n, err = reps[0].WriteString(&out, "abcab")
	fmt.Println(n, err, out.String())
}

// Output:
// 0 0 true
//  8 8 8 8 16 16 16 16 32 32 32 32 32 32 32 32 64 64 64 64
// 2 <nil> 43 64
// 1 <nil>
// 3 <nil> 47
// 5 <nil> 52
// abababababababababababababababababababab!éx�bytes 52
// abababababababababababababababababababab!éx�bytesmore
// 3 4
// 6 12
// 6 124
// 6 124
// 0 0
// hello world 16
// hello world 42-x
// hello world 42-x!?
// x 1
// copy: panic: strings: illegal use of non-zero Builder copied by value
// fine
// copy empty: ok
// grow: panic: strings.Builder.Grow: negative count
// repeat: panic: strings: negative Repeat count
// repeat overflow: panic: strings: Repeat count causes overflow
// replacer: panic: strings.NewReplacer: odd argument count
// nil builder: panic: runtime error: invalid memory address or nil pointer dereference
// 8 8
// 'h' 1 7; 'é' 2 5; 'l' 1 4; 'l' 1 3; 'o' 1 2; '�' 1 1; 'z' 1 0; EOF true
//
// strings.Reader.UnreadRune: previous operation was not ReadRune strings.Reader.UnreadRune: previous operation was not ReadRune 0
// <nil> 1
// 122 <nil>
// 1 <nil>
// 3 <nil> "él"
// 2 EOF "\xffz"
// 0 EOF
// strings.Reader.ReadAt: negative offset
// strings.Reader.Seek: negative position
// strings.Reader.Seek: invalid whence
// 6
// 2 <nil> "\xffz"
// 5 false
// strings.Reader.UnreadByte: at beginning of string
// strings.Reader.UnreadRune: at beginning of string
// 0 "" -> ""
// 0 "abc" -> "12c"
// 0 "aaaa" -> "1111"
// 0 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 0 "bananas" -> "21n1n1s"
// 0 "héllo\xffü" -> "héllo\xffü"
// 0 "abcbc" -> "12c2c"
// 1 "" -> ""
// 1 "abc" -> "1bc"
// 1 "aaaa" -> "1111"
// 1 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 1 "bananas" -> "b1n1n1s"
// 1 "héllo\xffü" -> "héllo\xffü"
// 1 "abcbc" -> "1bcbc"
// 2 "" -> ""
// 2 "abc" -> "1bc"
// 2 "aaaa" -> "31"
// 2 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 2 "bananas" -> "b1n1n1s"
// 2 "héllo\xffü" -> "héllo\xffü"
// 2 "abcbc" -> "1bcbc"
// 3 "" -> ""
// 3 "abc" -> "1bc"
// 3 "aaaa" -> "1111"
// 3 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 3 "bananas" -> "b1n1n1s"
// 3 "héllo\xffü" -> "héllo\xffü"
// 3 "abcbc" -> "1bcbc"
// 4 "" -> "X"
// 4 "abc" -> "XaXbXcX"
// 4 "aaaa" -> "XaXaXaXaX"
// 4 "hello, <world> & \"you\"" -> "XhXeXlXlXoX,X X<XwXoXrXlXdX>X X&X X\"XyXoXuX\"X"
// 4 "bananas" -> "XbXaXnXaXnXaXsX"
// 4 "héllo\xffü" -> "XhX\xc3X\xa9XlXlXoX\xffX\xc3X\xbcX"
// 4 "abcbc" -> "XaXbXcXbXcX"
// 5 "" -> "-"
// 5 "abc" -> "A-b-c-"
// 5 "aaaa" -> "AAAA-"
// 5 "hello, <world> & \"you\"" -> "-h-e-l-l-o-,- -<-w-o-r-l-d->- -&- -\"-y-o-u-\"-"
// 5 "bananas" -> "-bA-nA-nA-s-"
// 5 "héllo\xffü" -> "-h-\xc3-\xa9-l-l-o-\xff-\xc3-\xbc-"
// 5 "abcbc" -> "A-b-c-b-c-"
// 6 "" -> "-"
// 6 "abc" -> "-A-b-c-"
// 6 "aaaa" -> "-A-A-A-A-"
// 6 "hello, <world> & \"you\"" -> "-h-e-l-l-o-,- -<-w-o-r-l-d->- -&- -\"-y-o-u-\"-"
// 6 "bananas" -> "-b-A-n-A-n-A-s-"
// 6 "héllo\xffü" -> "-h-\xc3-\xa9-l-l-o-\xff-\xc3-\xbc-"
// 6 "abcbc" -> "-A-b-c-b-c-"
// 7 "" -> ""
// 7 "abc" -> "abc"
// 7 "aaaa" -> "aaaa"
// 7 "hello, <world> & \"you\"" -> "bye, <world> & \"you\""
// 7 "bananas" -> "bananas"
// 7 "héllo\xffü" -> "héllo\xffü"
// 7 "abcbc" -> "abcbc"
// 8 "" -> ""
// 8 "abc" -> "abc"
// 8 "aaaa" -> "aaaa"
// 8 "hello, <world> & \"you\"" -> "hello, &lt;world&gt; &amp; &quot;you&quot;"
// 8 "bananas" -> "bananas"
// 8 "héllo\xffü" -> "héllo\xffü"
// 8 "abcbc" -> "abcbc"
// 9 "" -> ""
// 9 "abc" -> "abc"
// 9 "aaaa" -> "aaaa"
// 9 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 9 "bananas" -> "bananas"
// 9 "héllo\xffü" -> "héllo\xffü"
// 9 "abcbc" -> "abcbc"
// 10 "" -> ""
// 10 "abc" -> "abc"
// 10 "aaaa" -> "aaaa"
// 10 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 10 "bananas" -> "bananas"
// 10 "héllo\xffü" -> "hello?ue"
// 10 "abcbc" -> "abcbc"
// 11 "" -> ""
// 11 "abc" -> "ABc"
// 11 "aaaa" -> "aaaa"
// 11 "hello, <world> & \"you\"" -> "hello, <world> & \"you\""
// 11 "bananas" -> "Bananas"
// 11 "héllo\xffü" -> "héllo\xffü"
// 11 "abcbc" -> "ABcBc"
// unchanged
// 5 <nil> 12c12
