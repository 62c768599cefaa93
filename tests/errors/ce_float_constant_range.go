package main

const h = 1e646456992

func main() {
	var _ = h * 3
	var _ = -h / 7
	var _ = 1e-100001 * 3
	var _ int = 1e100001
	var _ = h * h
}
