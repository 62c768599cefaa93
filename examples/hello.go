// hello.go: the classic first program.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}

// Output:
// hello, world
