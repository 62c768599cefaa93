package main

import "fmt"

func main() {
	var a int = "a"
	var b int = "b"
	var c int = "c"
	var d int = "d"
	var e int = "e"
	var f int = "f"
	var g int = "g"
	var h int = "h"
	var i int = "i"
	var j int = "j"
	var k int = "k"
	var l int = "l"
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l)
}
