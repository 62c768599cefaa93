// prog_text_wrap.go: greedy word wrapping to a given width, with justification and centering helpers.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	lineLen := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if lineLen > 0 && lineLen+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			lineLen = 0
		}
		if lineLen > 0 {
			line.WriteByte(' ')
			lineLen++
		}
		line.WriteString(word)
		lineLen += wl
	}
	if lineLen > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(".", left) + s + strings.Repeat(".", width-n-left)
}

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines — but this example is
strictly sequential, so we only wrap words here. Supercalifragilisticexpialidocious!`

func main() {
	for _, width := range []int{40, 24} {
		fmt.Println(strings.Repeat("=", width))
		lines := wrap(para, width)
		for _, l := range lines {
			fmt.Printf("|%-*s|\n", width, l)
		}
		fmt.Println("justified:")
		for i, l := range lines {
			if i == len(lines)-1 {
				fmt.Printf("|%-*s|\n", width, l) // last line stays ragged
			} else {
				fmt.Printf("|%s|\n", justify(l, width))
			}
		}
	}
	fmt.Println(center("title", 15))
	fmt.Println(center("héllo wörld", 15))
	fmt.Println(len(wrap("", 10)), wrap("one", 1))
}

// Output:
// ========================================
// |Go is an open source programming        |
// |language that makes it simple to build  |
// |secure, scalable systems. Its           |
// |concurrency mechanisms make it easy to  |
// |write programs that get the most out of |
// |multicore and networked machines — but  |
// |this example is strictly sequential, so |
// |we only wrap words here.                |
// |Supercalifragilisticexpialidocious!     |
// justified:
// |Go   is   an   open  source  programming|
// |language  that  makes it simple to build|
// |secure,     scalable     systems.    Its|
// |concurrency  mechanisms  make it easy to|
// |write  programs that get the most out of|
// |multicore  and  networked machines — but|
// |this  example is strictly sequential, so|
// |we     only     wrap     words     here.|
// |Supercalifragilisticexpialidocious!     |
// ========================
// |Go is an open source    |
// |programming language    |
// |that makes it simple to |
// |build secure, scalable  |
// |systems. Its concurrency|
// |mechanisms make it easy |
// |to write programs that  |
// |get the most out of     |
// |multicore and networked |
// |machines — but this     |
// |example is strictly     |
// |sequential, so we only  |
// |wrap words here.        |
// |Supercalifragilisticexpialidocious!|
// justified:
// |Go  is  an  open  source|
// |programming     language|
// |that  makes it simple to|
// |build  secure,  scalable|
// |systems. Its concurrency|
// |mechanisms  make it easy|
// |to  write  programs that|
// |get   the  most  out  of|
// |multicore  and networked|
// |machines   —   but  this|
// |example    is   strictly|
// |sequential,  so  we only|
// |wrap     words     here.|
// |Supercalifragilisticexpialidocious!|
// .....title.....
// ..héllo wörld..
// 0 [one]
