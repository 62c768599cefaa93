package main

func main() {
	var _ = 1e646456992
	var _ = 1e-646456992 + 1e100000
	var _ float32 = 1e6464569 / 1e6464568 * 1e38
	var _ int = 1e646456
	var _ = 0x1p1000000000
	const c = 1e646456992 - 1e646456991*10 + 1
	var _ int8 = c + 1000
	var _ = 1e2147483647
}
