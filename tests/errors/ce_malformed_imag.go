package main

func main() {
	_ = 0089i
	_ = 0o89i
	_ = 0b12i
}
