package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == nil)
	}()
	panic(nil)
}
