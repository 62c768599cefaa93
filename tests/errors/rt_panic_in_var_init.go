package main

import (
	"fmt"
	"strconv"
)

var port = mustAtoi("80a")

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(port)
}
