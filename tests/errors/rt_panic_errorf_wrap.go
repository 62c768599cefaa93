package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	err := fmt.Errorf("loading config: %w", ErrNotFound)
	fmt.Println(errors.Is(err, ErrNotFound))
	panic(err)
}
