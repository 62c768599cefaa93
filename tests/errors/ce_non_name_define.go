package main

import "fmt"

type T struct{ a int }

func main() {
	var t T
	t.a := 1
	fmt.Println(t)
}
