package main

import "fmt"

func init() {
	fmt.Println("init running")
	panic("init failed")
}

func main() {
	fmt.Println("main never runs")
}
