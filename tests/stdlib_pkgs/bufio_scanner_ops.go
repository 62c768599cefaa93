// bufio.Scanner: lines (with \r\n, empty lines, no final newline), words
// (Unicode spaces), runes (invalid UTF-8), bytes, a custom split function
// (with ErrFinalToken and a split error), Buffer with ErrTooLong, empty
// input, Bytes vs Text, and the panics of Split/Buffer after Scan.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type slow struct {
	s string
	n int
}

func (r *slow) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, errors.New("custom EOF-less end")
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree\r\nlast"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("  Hello,\tworld!\u00a0non\u2003breaking\u3000spaces\n\n end  "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println(n, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("añ\xff世\xe4"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(" ", sc.Bytes())
	}
	fmt.Println()

	// Comma-separated values, stopping at "STOP".
	split := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			if string(data[:i]) == "BAD" {
				return 0, nil, errors.New("bad token")
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	for _, in := range []string{"a,b,,c", "a,STOP,b,c", "a,BAD,c"} {
		sc = bufio.NewScanner(&slow{in, 2})
		sc.Split(split)
		for sc.Scan() {
			fmt.Printf("%q ", sc.Text())
		}
		fmt.Println(sc.Err())
	}

	long := strings.Repeat("x", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(nil, 200)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())

	big := strings.Repeat("word ", 20000)
	sc = bufio.NewScanner(strings.NewReader(big))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
	}
	fmt.Println(count, sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	fmt.Println(sc.Scan(), sc.Err())

	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err(), sc.Text() == "", sc.Bytes() == nil)
	fmt.Println(sc.Scan())

	// Split functions called directly.
	adv, tok, err := bufio.ScanLines([]byte("ab\r\ncd"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("\n"), false)
	fmt.Printf("%d %q %v %v\n", adv, tok, err, tok == nil)
	adv, tok, err = bufio.ScanLines([]byte("partial"), false)
	fmt.Printf("%d %q %v %v\n", adv, tok, err, tok == nil)
	adv, tok, err = bufio.ScanWords([]byte("   "), true)
	fmt.Printf("%d %q %v %v\n", adv, tok, err, tok == nil)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)

	for _, f := range []func(*bufio.Scanner){
		func(s *bufio.Scanner) { s.Split(bufio.ScanWords) },
		func(s *bufio.Scanner) { s.Buffer(nil, 10) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			s := bufio.NewScanner(strings.NewReader("x"))
			s.Scan()
			f(s)
		}()
	}
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken)
}

// Output:
// "one" "two" "" "three" "last" <nil>
// "Hello," "world!" "non" "breaking" "spaces" "end" 6 <nil>
//  "a" "ñ" "�" "世" "�"
//  [120] [121] [122]
// "a" "b" "" "c" custom EOF-less end
// "a" "stopped" <nil>
// "a" bad token
// bufio.Scanner: token too long true
// 100
// 5
// <nil>
// 20000 <nil>
// false bufio.Scanner: token too long
// false <nil> true true
// false
// 4 "ab" <nil>
// 1 "" <nil> false
// 0 "" <nil> true
// 3 "" <nil> true
// 0 "" <nil>
// panic: Split called after Scan
// panic: Buffer called after Scan
// 65536 bufio.Scanner: SplitFunc returns negative advance count bufio.Scanner: SplitFunc returns advance count beyond input bufio.Scanner: Read returned impossible count final token
