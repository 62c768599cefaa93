package main

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
