package main

// Untyped float constants beyond float64's range are shown as go/constant
// prints them: six significant digits, trailing zeros dropped.
func main() {
	var a float64 = 1.5e300 * 1.5e300
	var b float64 = -1.23456789e400
	var c int = 1e-400 * 3
	var d complex64 = complex(1e39, 1e-400*2)
	_, _, _, _ = a, b, c, d
}
