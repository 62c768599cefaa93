package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("wrapped: %v", r))
		}
	}()
	panic("original")
}
