package main

func f(s string) {}

func main() {
	m := map[string]int{}
	var i interface{} = 1
	f(i.(int))
	f(m["x"])
	var s string = -m["x"]
	m["a"]
	i.(int)
	var t, u string = i.(int), m["a"]
	_, _, _ = s, t, u
}
