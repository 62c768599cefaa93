package main

//go:noinline
func apply(f func()) {
	f()
}

func main() {
	apply(func() {
		apply(func() {
			panic("inner")
		})
	})
}
