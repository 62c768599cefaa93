package main

import "fmt"

func work() {
	defer fmt.Println("deferred in work")
	panic("work failed")
}

func main() {
	defer fmt.Println("deferred in main 1")
	defer func() {
		fmt.Println("deferred in main 2")
	}()
	work()
}
