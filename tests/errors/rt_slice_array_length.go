package main

import "fmt"

func tail(a *[4]string, from, to int) []string { return a[from:to] }

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	s := arr[:2]
	fmt.Println(s[1:4], tail(&arr, 1, 3))
	defer func() {
		fmt.Println(recover())
		k := 5
		fmt.Println(arr[1:k])
	}()
	fmt.Println(arr[0:2:k()])
}

func k() int { return 6 }
