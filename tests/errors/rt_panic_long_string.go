package main

import "strings"

func main() {
	panic(strings.Repeat("0123456789", 500) + "END")
}
