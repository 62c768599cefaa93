// Slices and arrays, nested, nil and empty, with various verbs.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println(s, []string{"a", "b"}, [3]int{}, [0]int{}, []int{}, []int(nil))
	fmt.Printf("%v %d %x %03d %+d %#v %T\n", s, s, s, s, s, s, s)
	fmt.Printf("%#v %#v %#v %#v\n", []int{}, []int(nil), [2]string{"a", "b"}, [0]int{})
	fmt.Printf("%v %#v\n", [][]int{{1}, {2, 3}, nil}, [][]int{{1}, nil})
	fmt.Printf("%v %#v\n", []interface{}{1, "a", nil, 2.5, []int{1}}, []interface{}{1, "a", nil})
	fmt.Printf("%q %s %x\n", []string{"a", "b c"}, []interface{}{"x", 1}, []int{10, 255})
	fmt.Printf("%6.2f|%v|%.1e\n", []float64{1, 2.5}, []float32{0.1, 1e9}, []float64{100})
	fmt.Printf("%t %v\n", []bool{true, false}, [2]bool{})
	fmt.Printf("%c %q %U\n", []rune("héllo"), []rune("ab"), []rune("ab"))
	fmt.Printf("%v %#v %T\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}}, [2][2]int{})
	fmt.Printf("%s %d\n", []int{1}, []string{"a"})
	fmt.Printf("%v\n", [][]string{{"a", "b"}, {}})
	fmt.Printf("%#v\n", []uint8{1, 2})
	fmt.Printf("%#v %#v\n", []uint16{1, 2}, []uint{3})
	fmt.Printf("%#v\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%v %x %X % x\n", [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")}, []byte{171}, [][]byte{{1, 2}})
	type row []int
	type grid []row
	fmt.Printf("%v %#v\n", grid{{1, 2}, {3}}, grid{{1, 2}, nil})
	fmt.Printf("%v\n", []*int{nil, nil})
	fmt.Printf("%v %v\n", []error{nil}, []fmt.Stringer{nil})
	fmt.Printf("%#v\n", []error{nil})
}

// Output:
// [1 2 3] [a b] [0 0 0] [] [] []
// [1 2 3] [1 2 3] [1 2 3] [001 002 003] [+1 +2 +3] []int{1, 2, 3} []int
// []int{} []int(nil) [2]string{"a", "b"} [0]int{}
// [[1] [2 3] []] [][]int{[]int{1}, []int(nil)}
// [1 a <nil> 2.5 [1]] []interface {}{1, "a", interface {}(nil)}
// ["a" "b c"] [x %!s(int=1)] [a ff]
// [  1.00   2.50]|[0.1 1e+09]|[1.0e+02]
// [true false] [false false]
// [h é l l o] ['a' 'b'] [U+0061 U+0062]
// [[1 2] [3 4]] [2][2]int{[2]int{1, 2}, [2]int{3, 4}} [2][2]int
// [%!s(int=1)] [%!d(string=a)]
// [[a b] []]
// []byte{0x1, 0x2}
// []uint16{0x1, 0x2} []uint{0x3}
// [][]uint8{[]uint8{0x61, 0x62}, []uint8(nil)}
// [[97 98]] [6162] AB [01 02]
// [[1 2] [3]] main.grid{main.row{1, 2}, main.row(nil)}
// [<nil> <nil>]
// [<nil>] [<nil>]
// []error{error(nil)}
