package main

import (
	"errors"
	"fmt"
)

func process(n int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("error: ", r)
		}
	}()
	if n < 0 {
		panic(errors.New("negative input"))
	}
	return fmt.Sprint("ok: ", n)
}

func main() {
	fmt.Println(process(1))
	fmt.Println(process(-1))
	fmt.Println("done")
}
