package main
// Array lengths as types2 checks them: a lone name first (not used by
// the check: n stays unused), then an integer constant that fits an int.

const neg = -1

type T [1 << 70]int
type U [2.0]int

func main() {
	n := 3
	var a [n]int
	var b [undefinedN]int
	var c [neg]int
	var d [int8(-1)]int
	var e [len("abc")]int
	var f [uint8(4)]int
	_, _, _, _, _, _ = a, b, c, d, e, f
}
