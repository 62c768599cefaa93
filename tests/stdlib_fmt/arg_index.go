// Explicit argument indexes %[n]d and their errors.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[-1]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[1]\n", 1)
	fmt.Printf("%[1\n", 1)
	fmt.Printf("%[]d\n", 1)
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%d %d %d %[1]d\n", 1, 2)
	fmt.Printf("%[1]2d|\n", 5)
	fmt.Printf("%[1].2f|\n", 5.0)
	fmt.Printf("%[2]*[1]d|\n", 1, 5)
	fmt.Printf("%-[2]*[1]d|\n", 1, 5)
	fmt.Printf("%[1]*d|\n", 3, 4)
	fmt.Printf("%.[1]*[2]f\n", 1, 3.14159)
	fmt.Printf("%[3]v %[2]v %[1]v\n", "a", "b", "c")
	fmt.Printf("%[2]s %s\n", "a", "b", "c")
	fmt.Printf("%[1]T %[1]v %[1]d\n", int8(3))
	fmt.Printf("%[2]% %d\n", 1, 2)
}

// Output:
// 2 1
//  12.00|
// 16 17 0x10 0x11
// 65 41 101 1000001 'A'
// %!d(BADINDEX)
// %!d(BADINDEX)
// %!d(BADINDEX)
// %!d(BADINDEX)
// %!
// (int=1)%!
// (BADINDEX)%!d(BADINDEX)
// 1 2 %!d(MISSING)
// 2
// 1 2 %!d(MISSING) 1
// %!d(BADINDEX)|
// %!f(BADINDEX)|
//     1|
// 1    |
//   4|
// 3.1
// c b a
// b c
// int8 3 3
// % 2
