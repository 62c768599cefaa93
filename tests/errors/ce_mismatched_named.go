package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	c := Celsius(10)
	f := Fahrenheit(50)
	fmt.Println(c + f)
}
