// arrays_values.go: arrays are values: copying, passing to functions, [...] length inference, multi-dimensional arrays, and pointers to arrays.
package main

import "fmt"

func double(a [4]int) [4]int { // receives a copy
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

type Board [3][3]rune

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func (b *Board) Set(r, c int, v rune) { b[r][c] = v }

func main() {
	a := [4]int{1, 2, 3, 4}
	d := double(a)
	fmt.Println(a, d)
	doubleInPlace(&a)
	fmt.Println(a)

	b := [...]string{"x", "y", "z"}
	fmt.Println(len(b), b)
	fmt.Printf("%T\n", b)

	var zeros [5]float64
	fmt.Println(zeros, len(zeros))

	// Multi-dimensional arrays.
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*4 + c
		}
	}
	fmt.Println(grid)
	row := grid[1] // copy of a row
	row[0] = 100
	fmt.Println(grid[1][0], row[0])

	// Methods on array types.
	var board Board
	for r := range board {
		for c := range board[r] {
			board[r][c] = '.'
		}
	}
	board.Set(1, 1, 'X')
	board.Set(0, 2, 'O')
	fmt.Print(board)

	// Array of arrays as values in a map.
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 9 // does not change the map
	fmt.Println(m, v)

	// Slicing an array creates a view.
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s)

	// Array equality and assignment.
	c := a
	fmt.Println(c == a)
	c[3]++
	fmt.Println(c == a, c != a)

	// Constant length expressions.
	const n = 2 + 3
	var sized [n * 2]bool
	fmt.Println(len(sized))

	// Iterating with index arithmetic: reverse in place.
	r := [6]int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
}

// Output:
// [1 2 3 4] [2 4 6 8]
// [2 4 6 8]
// 3 [x y z]
// [3]string
// [0 0 0 0 0] 5
// [[0 1 2 3] [4 5 6 7] [8 9 10 11]]
// 4 100
// ..O
// .X.
// ...
// map[a:[1 2]] [9 2]
// [2 -1 6 8] [-1 6]
// true
// false true
// 10
// [6 5 4 3 2 1]
