package main

import "fmt"

func main() {
	var v interface{}
	s := v.(string)
	fmt.Println(s)
}
