// slices_copy_3index.go: slicing expressions, copy semantics (including overlap), and full slice expressions s[lo:hi:max].
package main

import "fmt"

func main() {
	a := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(a[:3], a[5:], a[:])
	s2 := s[1:4] // may extend past len up to cap
	fmt.Println(s2, len(s2), cap(s2))

	// Three-index slice limits capacity.
	t := a[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100) // fits in capacity: writes a[4]
	fmt.Println(a)
	t = append(t, 200) // exceeds capacity: new array
	t[0] = -1
	fmt.Println(a, t)

	// cap-limited slice protects the original on append.
	base := []int{1, 2, 3, 4}
	safe := base[:2:2]
	safe = append(safe, 99)
	fmt.Println(base, safe)

	// copy returns the number of elements copied (min of lengths).
	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)

	// Overlapping copy behaves like memmove.
	o := []int{1, 2, 3, 4, 5, 6}
	copy(o[2:], o)
	fmt.Println(o)
	o = []int{1, 2, 3, 4, 5, 6}
	copy(o, o[2:])
	fmt.Println(o)

	// Copy from a string into a byte slice.
	bs := make([]byte, 5)
	n = copy(bs, "hello, world")
	fmt.Println(n, string(bs))

	// Slicing strings gives strings (byte offsets).
	str := "golang"
	fmt.Println(str[2:], str[:2], str[1:3], len(str[6:]))

	// Slicing a slice of a slice.
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	col := m[1][1:]
	col[0] = 50
	fmt.Println(m)

	// Removing and inserting elements.
	r := []int{10, 20, 30, 40, 50}
	r = append(r[:1], r[2:]...) // remove index 1
	fmt.Println(r, len(r), cap(r))
	r = append(r[:2], append([]int{35}, r[2:]...)...) // insert at 2
	fmt.Println(r)

	// Slice of an array pointer.
	arr := &[3]string{"x", "y", "z"}
	sl := arr[1:]
	sl[0] = "Y"
	fmt.Println(*arr, len(arr))
}

// Output:
// [2 3 4] 3 6
// [0 1 2] [5 6 7] [0 1 2 3 4 5 6 7]
// [3 4 5] 3 5
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [-1 3 100 200]
// [1 2 3 4] [1 2 99]
// 3 [9 8 7]
// 1 [1 8 7]
// [1 2 1 2 3 4]
// [3 4 5 6 5 6]
// 5 hello
// lang go ol 0
// [[1 2 3] [4 50 6]]
// [10 30 40 50] 4 5
// [10 30 35 40 50]
// [x Y z] 3
