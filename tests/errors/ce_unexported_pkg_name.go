package main

import "strings"

func main() {
	println(strings.indexFunc("abc", nil, true))
}
