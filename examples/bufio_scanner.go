// bufio_scanner.go: bufio.Scanner over strings.NewReader with ScanLines (default), ScanWords, ScanRunes and a custom split.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const text = `first line
  second line with   spaces
third, and last

after an empty line`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// Windows line endings and a trailing newline are handled.
	sc = bufio.NewScanner(strings.NewReader("a\r\nb\r\n\r\nc\n"))
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	fmt.Printf("%q\n", lines)

	// Words.
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)

	// Runes.
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("[%s]", rs.Text())
	}
	fmt.Println()

	// Sum numbers, one per word, reporting bad tokens.
	nums := bufio.NewScanner(strings.NewReader("10 20 x 30\n40"))
	nums.Split(bufio.ScanWords)
	sum := 0
	for nums.Scan() {
		var v int
		if _, err := fmt.Sscan(nums.Text(), &v); err != nil {
			fmt.Printf("skip %q\n", nums.Text())
			continue
		}
		sum += v
	}
	fmt.Println("sum:", sum)

	// Custom split function: comma-separated fields.
	cs := bufio.NewScanner(strings.NewReader("a,bb,,ccc"))
	cs.Split(func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("%q ", cs.Text())
	}
	fmt.Println("done")

	// Empty input: Scan returns false immediately.
	es := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(es.Scan(), es.Err())

	// Bytes() gives the raw token.
	bs := bufio.NewScanner(strings.NewReader("xyz"))
	bs.Scan()
	fmt.Println(bs.Bytes(), len(bs.Bytes()))
}

// Output:
// 1: "first line"
// 2: "  second line with   spaces"
// 3: "third, and last"
// 4: ""
// 5: "after an empty line"
// err: <nil>
// ["a" "b" "" "c"]
// 13 [first line second line with spaces third, and last after an empty line]
// [h][é][l][l][o]
// skip "x"
// sum: 100
// "a" "bb" "" "ccc" done
// false <nil>
// [120 121 122] 3
