package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	var s []int
	i := 3
	fmt.Println(s[i])
}
