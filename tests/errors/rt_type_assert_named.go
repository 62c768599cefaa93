package main

import "fmt"

type Celsius float64

func main() {
	var v interface{} = Celsius(3)
	f := v.(float64)
	fmt.Println(f)
}
