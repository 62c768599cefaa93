package main

import "fmt"

func main() {
	var a [4]int
	i := 4
	a[i] = 1
	fmt.Println(a)
}
