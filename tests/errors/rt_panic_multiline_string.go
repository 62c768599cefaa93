package main

func main() {
	panic("first line\nsecond line\n\tindented third")
}
