// init_order.go: package-level variables are initialized in dependency order, then init() functions run in source order.
package main

import "fmt"

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

// a depends on b and c, c depends on b, so the order is b, c, a, then d.
var a = record("a", b+c)
var b = record("b", 1)
var c = record("c", b*10)
var d = record("d", 100)

// total depends on a function that reads a and d.
var total = sum()

func sum() int { return a + d }

var initCount int

func init() {
	initCount++
	trace = append(trace, "init #1")
}

func init() {
	initCount++
	trace = append(trace, fmt.Sprintf("init #2 sees total=%d", total))
}

var table = map[string]int{"one": 1, "two": 2}

func init() {
	initCount++
	table["three"] = 3
	trace = append(trace, "init #3")
}

func main() {
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println("a b c d total:", a, b, c, d, total)
	fmt.Println("init functions run:", initCount)
	fmt.Println("table:", table)
}

// Output:
// 0 b=1
// 1 c=10
// 2 a=11
// 3 d=100
// 4 init #1
// 5 init #2 sees total=111
// 6 init #3
// a b c d total: 11 1 10 100 111
// init functions run: 3
// table: map[one:1 three:3 two:2]
