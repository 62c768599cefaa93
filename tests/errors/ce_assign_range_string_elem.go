package main

import "fmt"

func main() {
	s := "abc"
	for i := range s {
		s[i] = 'x'
	}
	fmt.Println(s)
}
