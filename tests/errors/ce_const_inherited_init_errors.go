package main
// Errors in an init expression a constant inherits from an earlier spec
// are reported at the constant's name (types2's errpos).

var v = 3

const (
	A int8 = iota * 64
	B
	C
	D = v + iota
	E
	F = 1 << (iota * 10)
	G
	H uint16 = F
	I
	J = undefinedK * iota
	K
)

func main() {}
