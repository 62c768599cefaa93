package main

import "fmt"

type T struct{ x int }

func main() {
	s := []int{1}
	m := map[string]func(){}
	var t T
	defer fmt.Println
	defer s[0]
	defer t.x
	defer m["a"]
	defer (func() {})
	go 1
	var n int = "one"
	fmt.Println(n)
}
