package main

// append type-checked as a call of func(S, ...E) S: argument counts with
// ..., and byte or rune as spelled in the messages.

type S []string

func main() {
	xs := []string{"a"}
	ys := []int{1}
	var s S
	b := []byte("x")
	var r []rune
	_ = append(xs...)
	_ = append(xs, "b", "c"...)
	_ = append(xs, ys...)
	_ = append(s, ys...)
	_ = append(xs, 1, ys...)
	_ = append(b, 300)
	_ = append(r, "s")
	_ = append(b, r...)
	_ = append([]byte{}, "x", "y"...)
}
