package main

func arr() [3]int { return [3]int{} }

func main() {
	x := 5
	_ = x[1:]
	_ = arr()[1:]
	s := "abc"
	_ = s[1:2:3]
	b := []int{1}
	b[1:]
	_ = b[2:1]
	var p *int
	_ = p[1:]
	var f float64 = b[1:][0]
	_ = f
}
