package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this must not be printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
