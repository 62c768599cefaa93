package main

import (
	"fmt"
	"os"
)

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "error:", msg)
	os.Exit(1)
}

func main() {
	defer fmt.Println("not printed")
	fmt.Println("working")
	fail("cannot continue")
}
