package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Scale(factor float64) Shape
}

type Square struct{ side float64 }

func (s Square) Scale(f int) Shape { return s }

func divmod(a, b int) (q, r int) { return a / b, a % b }

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) int { return xs[i] - xs[j] })
	up := strings.Map(func(r rune) string { return "x" }, "abc")
	var dm func() = divmod
	var s Shape = Square{1}
	var b map[string][]byte = map[string][]byte{}
	var n int = b
	fmt.Println(up, dm, s, n)
}
