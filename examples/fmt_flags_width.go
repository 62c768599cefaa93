// fmt_flags_width.go: width, precision, '*', and the flags '-', '+', '#', ' ' and '0' across verbs.
package main

import "fmt"

func main() {
	// Width and alignment.
	fmt.Printf("[%5d] [%-5d] [%05d] [%-05d]\n", 42, 42, 42, 42)
	fmt.Printf("[%5d] [%05d] [%+05d] [% 05d]\n", -42, -42, 42, 42)

	// Sign flags.
	fmt.Printf("[%+d] [%+d] [% d] [% d] [%+ d]\n", 5, -5, 5, -5, 5)

	// Precision on integers means minimum digits; precision 0 on 0 prints nothing.
	fmt.Printf("[%.3d] [%8.3d] [%-8.3d] [%.0d] [%08.3d]\n", 7, 7, 7, 0, 7)

	// '*' takes width/precision from the arguments.
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 1, 6, 1, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("[%*d]\n", -6, 1) // negative width means left-justify

	// Floats.
	fmt.Printf("[%8.2f] [%-8.2f] [%08.2f] [%+.2f] [% .2f]\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159)
	fmt.Printf("[%10.3e] [%-12.2E] [%+g] [%010g]\n", 12345.678, 0.00012, 1.5, -2.5)

	// '#' alternate forms.
	fmt.Printf("[%#x] [%#X] [%#o] [%#b] [%#q] [%#v]\n", 255, 255, 8, 5, "go", "go")
	fmt.Printf("[%#08x] [%08x] [%#8x] [%# x]\n", 255, 255, 255, []byte{1, 2, 3})
	fmt.Printf("[%#U] [%c]\n", '⌘', 'x')

	// ' ' flag with hex on strings inserts spaces between bytes.
	fmt.Printf("[% x] [% X] [%x]\n", "abc", []byte{0xca, 0xfe}, "abc")

	// Strings.
	fmt.Printf("[%10s] [%-10s] [%.2s] [%10.2s] [%-10.4q]\n", "go", "go", "golang", "golang", "golang")
	fmt.Printf("[%05s] [%-05s]\n", "ab", "ab")

	// Booleans and width.
	fmt.Printf("[%t] [%6t] [%-6t] [%v]\n", true, false, true, false)

	// Characters with width.
	fmt.Printf("[%3c] [%-3c] [%6q] [%08q]\n", 'a', 'b', 'c', 'd')

	// Width applies to each element in slices.
	fmt.Printf("[%3d] [%-4v] [%05.1f]\n", []int{1, 22, 333}, []string{"a", "b"}, []float64{1, 2.25})

	// Table formatting.
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}}
	fmt.Printf("%-8s|%5s|%8s\n", "item", "qty", "total")
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|%8.2f\n", r.name, r.qty, float64(r.qty)*r.price)
	}

	// Explicit argument indexes.
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 64)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%6.2f%%\n", 99.5)
}

// Output:
// [   42] [42   ] [00042] [42   ]
// [  -42] [-0042] [+0042] [ 0042]
// [+5] [-5] [ 5] [-5] [+5]
// [007] [     007] [007     ] [] [     007]
// [     1] [1     ] [3.14] [   2.718]
// [1     ]
// [    3.14] [3.14    ] [-0003.14] [+3.14] [ 3.14]
// [ 1.235e+04] [1.20E-04    ] [+1.5] [-0000002.5]
// [0xff] [0XFF] [010] [0b101] [`go`] ["go"]
// [0x000000ff] [000000ff] [    0xff] [0x01 0x02 0x03]
// [U+2318 '⌘'] [x]
// [61 62 63] [CA FE] [616263]
// [        go] [go        ] [go] [        go] ["gola"    ]
// [000ab] [ab   ]
// [true] [ false] [true  ] [false]
// [  a] [b  ] [   'c'] [00000'd']
// [[  1  22 333]] [[a    b   ]] [[001.0 002.2]]
// item    |  qty|   total
// apple   |    3|    1.50
// banana  |   12|    3.00
// cherry  |  100| 1000.00
// 20 10 20
// 64 40 100 0b1000000
//  12.00|
//  99.50%
