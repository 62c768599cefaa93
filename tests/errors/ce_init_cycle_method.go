package main

type T int

func (T) m() int { return x }

var x = T(0).m()

func main() {}
