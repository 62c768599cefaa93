// goto_stmt.go: goto jumps to a label in the same function, for loops and error exits.
package main

import "fmt"

func gcd(a, b int) int {
start:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto start
}

func find(xs []int, want int) (idx int) {
	i := 0
loop:
	if i >= len(xs) {
		goto notFound
	}
	if xs[i] == want {
		return i
	}
	i++
	goto loop
notFound:
	return -1
}

func process(steps []string) {
	for i, s := range steps {
		if s == "fail" {
			fmt.Println("step", i, "failed")
			goto cleanup
		}
		fmt.Println("step", i, s)
	}
	fmt.Println("all steps ok")
cleanup:
	fmt.Println("cleanup")
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5))
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{4, 5, 6}, 7))
	process([]string{"open", "read"})
	process([]string{"open", "fail", "read"})

	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	fmt.Println("n =", n)
}

// Output:
// 6 1
// 2 -1
// step 0 open
// step 1 read
// all steps ok
// cleanup
// step 0 open
// step 1 failed
// cleanup
// n = 5
