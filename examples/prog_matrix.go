// prog_matrix.go: matrix type with multiplication, transpose, identity, and error on dimension mismatch.
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", r1, c1, r2, c2)
	}
	res := New(r1, c2)
	for i := 0; i < r1; i++ {
		for j := 0; j < c2; j++ {
			var sum float64
			for k := 0; k < c1; k++ {
				sum += m[i][k] * o[k][j]
			}
			res[i][j] = sum
		}
	}
	return res, nil
}

func (m Matrix) T() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.1f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}

	c, err := a.Mul(b)
	fmt.Print(c)
	fmt.Println("err:", err)
	fmt.Print(a.T())

	_, err = a.Mul(a)
	fmt.Println("error:", err)

	i3 := Identity(3)
	same, _ := a.Mul(i3)
	fmt.Print(same)

	// Powers of a matrix: Fibonacci numbers.
	fib := Matrix{{1, 1}, {1, 0}}
	p := Identity(2)
	for k := 1; k <= 10; k++ {
		p, _ = p.Mul(fib)
	}
	fmt.Println("fib(10) =", p[0][1])

	r, cols := c.Dims()
	fmt.Println(r, cols)
	fmt.Printf("%v\n", [][]float64(c))
}

// Output:
//   58.0   64.0
//  139.0  154.0
// err: <nil>
//    1.0    4.0
//    2.0    5.0
//    3.0    6.0
// error: dimension mismatch: 2x3 * 2x3
//    1.0    2.0    3.0
//    4.0    5.0    6.0
// fib(10) = 55
// 2 2
// [[58 64] [139 154]]
