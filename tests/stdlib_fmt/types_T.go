// %T of many types.
package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{}
type I interface{ M() }
type Fn func(int) error

func (T) M() {}

func main() {
	var i I = T{}
	vals := []interface{}{1, int8(1), uint(1), uintptr(1), 1.5, float32(1), 1i, complex64(1), "s", 'r', byte(1), true,
		[]int{}, [3]string{}, map[string][]int{}, &T{}, T{}, i, errors.New("e"), os.Stdout,
		func() {}, func(int, string) (bool, error) { return false, nil }, Fn(nil), (chan int)(nil), (<-chan bool)(nil),
		(chan<- []int)(nil), struct{ A int }{}, struct {
			a int
			B string `json:"b"`
		}{}, []interface{}{}, map[interface{}]bool{}, [][]*T{}, new(error), []error{}, &[]int{},
		struct{}{}, [0]int{}, func(...int) {}, []fmt.Stringer{}}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	type local struct{ X int }
	fmt.Printf("%T %T %v\n", local{}, []local{}, local{1})
	fmt.Printf("[%10T] [%-10T] [%.3T]\n", 1, 2, "str")
}

// Output:
// int
// int8
// uint
// uintptr
// float64
// float32
// complex128
// complex64
// string
// int32
// uint8
// bool
// []int
// [3]string
// map[string][]int
// *main.T
// main.T
// main.T
// *errors.errorString
// *os.File
// func()
// func(int, string) (bool, error)
// main.Fn
// chan int
// <-chan bool
// chan<- []int
// struct { A int }
// struct { a int; B string "json:\"b\"" }
// []interface {}
// map[interface {}]bool
// [][]*main.T
// *error
// []error
// *[]int
// struct {}
// [0]int
// func(...int)
// []fmt.Stringer
// main.local []main.local {1}
// [       int] [int       ] [str]
