package main

func main() {
	y := undefinedX
	var s string = 1
	u, v := 1 + "a", 2
	var w, x = 1
	var t undefinedT
	var z int
}
