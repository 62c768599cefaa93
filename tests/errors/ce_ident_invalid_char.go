package main

func main() {
	a·b := 1
	_ = a·b
	var x⌘ int
	_ = x⌘
	⌘y := 2
}
