// range_map_sorted.go: map iteration order is unspecified, so sort the keys before printing.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40}

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}

	// Summing values does not depend on order.
	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println("total:", total)

	// Sorting by value, then key.
	type kv struct {
		k string
		v int
	}
	var pairs []kv
	for k, v := range ages {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].v != pairs[j].v {
			return pairs[i].v > pairs[j].v
		}
		return pairs[i].k < pairs[j].k
	})
	fmt.Println(pairs)

	// Integer keys.
	squares := map[int]int{}
	for i := 5; i >= 1; i-- {
		squares[i] = i * i
	}
	var ik []int
	for k := range squares {
		ik = append(ik, k)
	}
	sort.Ints(ik)
	for _, k := range ik {
		fmt.Print(k, "->", squares[k], ";")
	}
	fmt.Println()

	// fmt prints maps with sorted keys on its own.
	fmt.Println(ages)
	fmt.Println(squares)

	// Range over a nil map is a no-op.
	var nilMap map[string]bool
	for k := range nilMap {
		fmt.Println("never", k)
	}
	fmt.Println("nil map len:", len(nilMap))
}

// Output:
// alice 30
// bob 25
// carol 35
// dave 40
// total: 130
// [{dave 40} {carol 35} {alice 30} {bob 25}]
// 1->1;2->4;3->9;4->16;5->25;
// map[alice:30 bob:25 carol:35 dave:40]
// map[1:1 2:4 3:9 4:16 5:25]
// nil map len: 0
