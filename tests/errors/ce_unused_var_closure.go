package main

func main() {
	f := func() {
		y := 2
	}
	f()
}
