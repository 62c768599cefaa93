package main

import "strings"

func main() {
	println(strings.NoSuchFunction("a"))
}
