package main

import "fmt"

func main() {
	var v interface{} = 1
	t := v.(type)
	fmt.Println(t)
}
