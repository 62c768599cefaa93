package main

import (
	"fmt"
	"strconv"
)

// A multi-value call in a single-value context shows its results as
// declared: names, byte and rune included.
func pair() (a, b int)        { return }
func br() (byte, rune)        { return 0, 0 }
func mixed() (n int, _ error) { return }

type T struct{}

func (T) m() (x []byte, ok bool) { return }

func main() {
	fmt.Println(pair() + 1)
	_ = br() + 1
	_ = mixed() + 1
	_ = T{}.m() + 1
	_ = strconv.Atoi("1") + 1
	var g func() (p, q string)
	_ = g() + ""
}
