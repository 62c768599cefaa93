// Index, LastIndex and Count with long and repetitive separators (the
// memchr, two-way and Rabin-Karp paths), checked by a hash of the results.
package main

import (
	"fmt"
	"strings"
)

var seed uint64 = 7

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var alphabet = "ab"

func gen(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rnd(2)]
	}
	return string(b)
}

func main() {
	h := 0
	for i := 0; i < 3000; i++ {
		s := gen(rnd(300))
		sep := gen(rnd(45))
		if rnd(3) == 0 && len(s) > 0 {
			a := rnd(len(s))
			sep = s[a : a+rnd(len(s)-a+1)]
		}
		h = (h*31 + strings.Index(s, sep) + 7*strings.LastIndex(s, sep) + 13*strings.Count(s, sep)) % 1000000007
	}
	fmt.Println(h, strings.Index(strings.Repeat("a", 100000)+"b", strings.Repeat("a", 50)+"b"), strings.LastIndex("b"+strings.Repeat("a", 100000), "b"+strings.Repeat("a", 50)))
}

// Output:
// 64153637 99950 0
