package main

import (
	"fmt"
	"os"
)

func main() {
	var a int = "a"
	b := 2
	fmt.Println(a + undefinedName)
}
