// Tuple assignment: operands first, then the assignments left to right.
package main

import "fmt"

func main() {
	a := []int{10, 20, 30}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	p := &x
	*p, y = y, *p
	fmt.Println(x, y)
	var arr [3]string
	arr[0], arr[1] = "a", "b"
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(arr)
	defer func() { fmt.Println(recover(), a) }()
	j := 5
	a[0], a[j] = 7, 8
}

// Output:
// 1 [2 20 30]
// [30 20 2]
// 2 3
// 3 2
// [b a ]
// runtime error: index out of range [5] with length 3 [7 20 2]
