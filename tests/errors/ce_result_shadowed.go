package main

import "fmt"

func f(ok bool) (x int) {
	if ok {
		x := 2
		fmt.Println(x)
		return
	}
	return 1
}

func main() {
	fmt.Println(f(true))
}
