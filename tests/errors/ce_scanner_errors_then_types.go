package main

func main() {
	x := 1
	r := 'ab'
	q := ''
	٣a := 2
	var s string = 1
}
