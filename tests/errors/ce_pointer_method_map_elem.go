package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	counts := map[string]Counter{"a": {}}
	counts["a"].Inc()
	Counter{}.Inc()
	fmt.Println(counts)
}
