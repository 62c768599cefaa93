// prog_nqueens.go: N-queens with backtracking: counts solutions for N=1..8 and prints the first 8x8 board.
package main

import (
	"fmt"
	"strings"
)

type solver struct {
	n          int
	cols       []bool
	diag1      []bool // r+c
	diag2      []bool // r-c+n-1
	placement  []int
	count      int
	firstBoard []int
}

func newSolver(n int) *solver {
	return &solver{
		n:         n,
		cols:      make([]bool, n),
		diag1:     make([]bool, 2*n-1),
		diag2:     make([]bool, 2*n-1),
		placement: make([]int, n),
	}
}

func (s *solver) solve(row int) {
	if row == s.n {
		s.count++
		if s.firstBoard == nil {
			s.firstBoard = append([]int(nil), s.placement...)
		}
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n-1
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.placement[row] = c
		s.solve(row + 1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func render(placement []int) string {
	var sb strings.Builder
	n := len(placement)
	for _, c := range placement {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q")
		sb.WriteString(strings.Repeat(" .", n-c-1))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		s := newSolver(n)
		s.solve(0)
		fmt.Printf("N=%d solutions=%d\n", n, s.count)
	}
	s := newSolver(8)
	s.solve(0)
	fmt.Println(s.firstBoard)
	fmt.Print(render(s.firstBoard))
}

// Output:
// N=1 solutions=1
// N=2 solutions=0
// N=3 solutions=0
// N=4 solutions=2
// N=5 solutions=10
// N=6 solutions=4
// N=7 solutions=40
// N=8 solutions=92
// [0 4 7 5 2 6 1 3]
// Q . . . . . . .
// . . . . Q . . .
// . . . . . . . Q
// . . . . . Q . .
// . . Q . . . . .
// . . . . . . Q .
// . Q . . . . . .
// . . . Q . . . .
