// range_array_slice.go: range over arrays, slices and pointers to arrays, with and without index and value.
package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i, v := range arr {
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println()

	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()

	count := 0
	for range arr {
		count++
	}
	fmt.Println("count:", count)

	for _, v := range []int{10, 20, 30} {
		fmt.Print(v, ";")
	}
	fmt.Println()

	// Range over an array iterates a copy; over a slice it sees updates.
	a := [3]int{1, 2, 3}
	for i, v := range a {
		if i == 0 {
			a[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println("<- array copy")
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println("<- slice shares")

	// Range over pointer to array does not copy.
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		if i == 0 {
			b[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println("<- pointer to array")

	// The range expression is evaluated once: appending does not extend the loop.
	t := []int{1, 2}
	for _, v := range t {
		t = append(t, v*10)
	}
	fmt.Println(t)

	// Modifying through the index.
	nums := []int{1, 2, 3, 4}
	for i := range nums {
		nums[i] *= nums[i]
	}
	fmt.Println(nums)

	// Ranging over a nil slice does nothing.
	var empty []string
	for range empty {
		fmt.Println("never")
	}

	// Range over a 2D array.
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	total := 0
	for _, row := range grid {
		for _, cell := range row {
			total += cell
		}
	}
	fmt.Println("grid total:", total)
}

// Output:
// 0=a;1=b;2=c;3=d;
// 0123
// count: 4
// 10;20;30;
// 1 2 3 <- array copy
// 1 2 100 <- slice shares
// 1 2 100 <- pointer to array
// [1 2 10 20]
// [1 4 9 16]
// grid total: 21
