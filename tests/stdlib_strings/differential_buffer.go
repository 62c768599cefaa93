// Differential test: random sequences of bytes.Buffer, strings.Builder and
// utf8 operations, hashing every result and the buffer's state after each
// step; the hashes are Go's.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

var seed uint64 = 99

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var atoms = []string{"a", "é", "\xff", "\xe2\x82", "€", "𝄞", "\n", "xyz", "\xf0\x9f", "\xed\xa0\x80", "\xc0\xaf"}

func main() {
	h := 0
	out := func(v ...interface{}) {
		s := fmt.Sprint(v...)
		for i := 0; i < len(s); i++ {
			h = (h*131 + int(s[i])) % 1000000007
		}
	}
	var b bytes.Buffer
	var sb strings.Builder
	p := make([]byte, 7)
	for i := 0; i < 10000; i++ {
		a := atoms[rnd(len(atoms))]
		switch rnd(16) {
		case 0:
			out(b.WriteString(strings.Repeat(a, rnd(40))))
		case 1:
			out(b.Write([]byte(a)))
		case 2:
			out(b.WriteByte(a[0]))
		case 3:
			out(b.WriteRune(rune(rnd(0x110010) - 8)))
		case 4:
			out(b.Read(p[:rnd(8)]))
			out(p)
		case 5:
			out(b.ReadByte())
		case 6:
			out(b.ReadRune())
		case 7:
			out(b.UnreadByte())
		case 8:
			out(b.UnreadRune())
		case 9:
			out(b.ReadString('\n'))
		case 10:
			s, err := b.ReadBytes('z')
			out(s, cap(s), s == nil, err)
		case 11:
			out(b.Next(rnd(20)))
		case 12:
			if rnd(10) == 0 {
				b.Truncate(rnd(b.Len() + 1))
			} else {
				b.Grow(rnd(100))
			}
		case 13:
			if rnd(50) == 0 {
				b.Reset()
			}
		case 14:
			sb.WriteString(a)
			sb.WriteRune(rune(rnd(0x110010) - 8))
			sb.WriteByte(a[0])
			out(sb.Len(), sb.Cap())
		case 15:
			s := a + a[:rnd(len(a)+1)]
			r, n := utf8.DecodeRuneInString(s)
			r2, n2 := utf8.DecodeLastRuneInString(s)
			out(r, n, r2, n2, utf8.FullRuneInString(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.AppendRune(nil, r))
		}
		out(b.Len(), b.Cap(), b.String())
		if i%2500 == 0 {
			fmt.Println(i, h)
		}
	}
	fmt.Println(h, len(sb.String()))
}

// Output:
// 0 108464904
// 2500 694286149
// 5000 623291716
// 7500 780418445
// 521558597 4549
