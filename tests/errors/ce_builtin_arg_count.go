package main

func main() {
	var a []int
	var x float32
	var y float64
	var i, j int
	_ = len(a, a)
	_ = copy(a)
	_ = append()
	_ = make()
	_ = complex(x, y)
	_ = complex(i, j)
	panic(1, 2)
}
