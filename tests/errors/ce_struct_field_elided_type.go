package main

// Only elements of arrays, slices and maps may elide their composite
// literal's type; a struct field's value may not (and gc leaves its
// elements unchecked: x is not used).
type P struct{ X, Y int }
type L struct{ A, B P }

func main() {
	x := 1
	_ = L{P{}, {1, 2}}
	_ = L{A: {x, undefinedY}}
	_ = []L{{{1, 2}, P{}}}
	_ = map[P]L{{1, 2}: {B: {3, 4}}}
	_ = []*P{{1, 2}, nil}
}
