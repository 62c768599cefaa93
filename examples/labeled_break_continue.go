// labeled_break_continue.go: labels on loops and switches for break and continue out of nested statements.
package main

import "fmt"

func main() {
	// Find the first pair summing to a target.
	nums := []int{3, 8, 1, 9, 4}
	target := 13
	found := ""
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				found = fmt.Sprintf("%d+%d at %d,%d", nums[i], nums[j], i, j)
				break outer
			}
		}
	}
	fmt.Println(found)

	// continue with a label skips the rest of the outer iteration.
	var primes []int
next:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// break inside a switch only leaves the switch; a label leaves the loop.
	i := 0
loop:
	for {
		switch {
		case i == 2:
			i++
			break // leaves the switch only
		case i > 4:
			break loop
		}
		fmt.Print(i, ",")
		i++
	}
	fmt.Println(" stopped at", i)

	// A labeled switch: break with the label leaves the switch from inside a loop.
	x := 5
sw:
	switch {
	case x > 0:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}

	// Grid search with labeled continue on rows.
	grid := [][]int{{1, 2, -1, 4}, {5, 6, 7}, {-1}, {8, 9}}
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum before negatives:", sum)
}

// Output:
// 9+4 at 3,4
// [2 3 5 7 11 13 17 19 23 29]
// 0,1,3,4, stopped at 5
// k 0
// k 1
// sum before negatives: 38
