package main

import "fmt"

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(safeIndex(s, 1))
	fmt.Println(safeIndex(s, 5))
	_, err := safeIndex(nil, 0)
	fmt.Println(err)
}
