// for_loops.go: every form of the for statement: three-clause, condition-only, infinite with break, and multiple variables.
package main

import "fmt"

func main() {
	// Three-clause loop.
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("sum 1..10:", sum)

	// Condition only (a while loop).
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps for 27:", steps)

	// Infinite loop with break.
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("first k with k*k > 200:", k)

	// Multiple variables, parallel assignment in the post statement.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println("i j", i, j)
	}

	// Empty init statement with a post statement.
	x := 1
	for ; x < 100; x *= 3 {
		fmt.Print(x, ";")
	}
	fmt.Println(" x:", x)

	// Init statement with an empty post statement.
	for j := 0; j < 10; {
		j += 4
		fmt.Print(j, ";")
	}
	fmt.Println()

	// continue skips to the post statement.
	var odds []int
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println("odds:", odds)

	// Counting down with an unsigned-safe condition.
	var down []uint
	for u := uint(3); u > 0; u-- {
		down = append(down, u)
	}
	fmt.Println("down:", down)

	// Nested loops building a multiplication table.
	for i := 1; i <= 3; i++ {
		line := ""
		for j := 1; j <= 4; j++ {
			line += fmt.Sprintf("%4d", i*j)
		}
		fmt.Println(line)
	}

	// Loop variable is still in scope only inside; the outer variable is unchanged.
	i := 100
	for i := 0; i < 2; i++ {
		_ = i
	}
	fmt.Println("outer i:", i)
}

// Output:
// sum 1..10: 55
// collatz steps for 27: 111
// first k with k*k > 200: 15
// i j 0 10
// i j 1 8
// i j 2 6
// i j 3 4
// 1;3;9;27;81; x: 243
// 4;8;12;
// odds: [1 3 5 7 9]
// down: [3 2 1]
//    1   2   3   4
//    2   4   6   8
//    3   6   9  12
// outer i: 100
