package main

import (
	"fmt"
	"strconv"
)

// A naked return under several shadowed results: each is reported.
func parse(s string) (n int, err error) {
	if s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return
		}
		fmt.Println(n)
	}
	return
}

func main() {
	fmt.Println(parse("1"))
}
