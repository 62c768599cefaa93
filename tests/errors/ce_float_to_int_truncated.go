package main

func main() {
	var _ int8 = 1001.0
	var _ uint = -1.0
	var _ int8 = 1001
}
