package main

import "fmt"

func main() {
	check := func(n int) {
		if n < 0 {
			panic(fmt.Sprint("negative: ", n))
		}
	}
	check(1)
	check(-1)
}
