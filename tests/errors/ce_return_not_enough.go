package main

import "fmt"

func f() (int, string) {
	return 1
}

func main() {
	fmt.Println(f())
}
