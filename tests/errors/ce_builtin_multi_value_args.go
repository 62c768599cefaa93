package main

func two() (int, int)         { return 1, 2 }
func one() []int              { return nil }
func three() ([]int, int, int) { return nil, 1, 2 }
func none()                   {}

func main() {
	_ = len(two())
	panic(two())
	_ = copy(one())
	_ = complex(three())
	_ = append(three()...)
	_ = make(two())
	print(none())
	_ = real(two())
	close(two())
}
