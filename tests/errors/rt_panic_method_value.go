package main

type T struct{ name string }

func (t T) Check() {
	panic("check failed for " + t.name)
}

func main() {
	t := T{"widget"}
	t.Check()
}
