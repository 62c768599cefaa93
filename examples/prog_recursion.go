// prog_recursion.go: classic recursive functions: factorial, Fibonacci, Towers of Hanoi, permutations, power set and Ackermann.
package main

import (
	"fmt"
	"strings"
)

func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func powerSet(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := powerSet(xs[1:])
	out := rest
	for _, r := range rest {
		with := append([]int{xs[0]}, r...)
		out = append(out, with)
	}
	return out
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func binarySearch(xs []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := lo + (hi-lo)/2
	switch {
	case xs[mid] == target:
		return mid
	case xs[mid] < target:
		return binarySearch(xs, target, mid+1, hi)
	}
	return binarySearch(xs, target, lo, mid-1)
}

func main() {
	for _, n := range []uint64{0, 1, 5, 10, 20, 21} {
		fmt.Printf("%d! = %d\n", n, factorial(n)) // 21! overflows uint64
	}

	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	moves = nil
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("hanoi(10):", len(moves))

	fmt.Println(permutations([]rune("abc")))
	fmt.Println(len(permutations([]rune("abcdef"))))

	fmt.Println(powerSet([]int{1, 2, 3}))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))

	xs := []int{1, 3, 5, 7, 9, 11, 13}
	fmt.Println(binarySearch(xs, 11, 0, len(xs)-1), binarySearch(xs, 4, 0, len(xs)-1))
}

// Output:
// 0! = 1
// 1! = 1
// 5! = 120
// 10! = 3628800
// 20! = 2432902008176640000
// 21! = 14197454024290336768
// 7 A->C A->B C->B A->C B->A B->C A->C
// hanoi(10): 1023
// [abc acb bac bca cab cba]
// 720
// [[] [3] [2] [2 3] [1] [1 3] [1 2] [1 2 3]]
// 9 61
// 5 -1
