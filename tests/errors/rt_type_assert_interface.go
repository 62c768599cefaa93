package main

import "fmt"

func main() {
	var v interface{} = 42
	s := v.(fmt.Stringer)
	fmt.Println(s)
}
