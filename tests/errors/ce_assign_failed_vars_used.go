package main

func main() {
	ages := map[string]byte{"a": 1}
	for k, v := range ages {
		k = 1
		v = "x"
	}
	var a, b int
	a, b = "s", 2
	var p *byte
	*p = "q"
	c, ok := 1, true
	c, ok = ages["a"]
}
