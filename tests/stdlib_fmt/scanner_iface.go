// Values with a Scan method scan themselves through a ScanState.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pair struct{ A, B int }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.A, &p.B)
	return err
}

type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(string(tok)))
	return nil
}

type Runes struct {
	got  []rune
	verb rune
	wid  int
	ok   bool
}

func (r *Runes) Scan(st fmt.ScanState, verb rune) error {
	r.verb = verb
	r.wid, r.ok = st.Width()
	st.SkipSpace()
	for i := 0; i < 3; i++ {
		c, _, err := st.ReadRune()
		if err != nil {
			return err
		}
		r.got = append(r.got, c)
	}
	c, _, _ := st.ReadRune()
	st.UnreadRune()
	_ = c
	return nil
}

type Failing struct{}

func (*Failing) Scan(st fmt.ScanState, verb rune) error { return errors.New("no way") }

type EOFer struct{}

func (*EOFer) Scan(st fmt.ScanState, verb rune) error {
	_, _, err := st.ReadRune()
	return err
}

type Ln struct{}

func (*Ln) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	return nil
}

func main() {
	var p Pair
	var u Upper
	n, err := fmt.Sscan("(3,4) hello", &p, &u)
	fmt.Println(n, err, p, u)
	var r Runes
	var rest string
	n, err = fmt.Sscanf("  abcdef", "%5v%s", &r, &rest)
	fmt.Println(n, err, string(r.got), string(r.verb), r.wid, r.ok, rest)
	var r2 Runes
	n, err = fmt.Sscan("xyz", &r2)
	fmt.Println(n, err, string(r2.got), r2.wid, r2.ok)
	n, err = fmt.Sscan("x", &Failing{})
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &EOFer{})
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &Ln{})
	fmt.Println(n, err)
	var u2 Upper
	n, err = fmt.Sscan("123", &u2)
	fmt.Printf("%d %v %q\n", n, err, u2)
}

// Output:
// 2 <nil> {3 4} HELLO
// 2 <nil> abc v 5 true def
// 1 <nil> xyz 0 false
// 0 no way
// 0 unexpected EOF
// 0 unexpected newline
// 1 <nil> ""
