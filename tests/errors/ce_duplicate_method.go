package main

import "fmt"

type T struct{}

func (t T) M() int  { return 1 }
func (t *T) M() int { return 2 }

func main() {
	fmt.Println(T{}.M())
}
