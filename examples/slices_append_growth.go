// slices_append_growth.go: len and cap while appending one element at a time, showing Go 1.19's growth policy.
package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Println("len", len(s), "cap", cap(s))
			prevCap = cap(s)
		}
	}

	// Different element sizes round to different size classes.
	var b []byte
	var caps []int
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
		if len(caps) == 0 || caps[len(caps)-1] != cap(b) {
			caps = append(caps, cap(b))
		}
	}
	fmt.Println("byte caps:", caps)

	type big struct{ a, b, c int64 }
	var bs []big
	caps = nil
	for i := 0; i < 50; i++ {
		bs = append(bs, big{})
		if len(caps) == 0 || caps[len(caps)-1] != cap(bs) {
			caps = append(caps, cap(bs))
		}
	}
	fmt.Println("24-byte struct caps:", caps)

	var ss []string
	caps = nil
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		if len(caps) == 0 || caps[len(caps)-1] != cap(ss) {
			caps = append(caps, cap(ss))
		}
	}
	fmt.Println("string caps:", caps)

	// Appending many at once.
	x := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(x), cap(x))
	x = append(x, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(x), cap(x))

	// make with capacity avoids reallocation.
	y := make([]int, 0, 10)
	for i := 0; i < 10; i++ {
		y = append(y, i)
	}
	fmt.Println(len(y), cap(y))
	y = append(y, 10)
	fmt.Println(len(y), cap(y))
}

// Output:
// len 1 cap 1
// len 2 cap 2
// len 3 cap 4
// len 5 cap 8
// len 9 cap 16
// len 17 cap 32
// len 33 cap 64
// len 65 cap 128
// len 129 cap 256
// len 257 cap 512
// len 513 cap 848
// len 849 cap 1280
// len 1281 cap 1792
// len 1793 cap 2560
// byte caps: [8 16 32 64 128]
// 24-byte struct caps: [1 2 4 8 16 32 64]
// string caps: [1 2 4 8 16 32 64]
// 5 6
// 12 12
// 10 10
// 11 20
