package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("all good")
	os.Exit(0)
	fmt.Println("unreachable")
}
