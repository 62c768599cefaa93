// map_delete_during_range.go: maps: comma-ok lookups, zero values, delete (also during range), len, and reference semantics.
package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}

	// Deleting entries while ranging is allowed; removed entries are not visited later.
	for k, v := range m {
		if v%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(sortedKeys(m), len(m))

	// Deleting every key during range empties the map.
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)

	// Deleting a missing key or from a nil map is a no-op.
	delete(m, "zzz")
	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	// Zero values and comma-ok.
	counts := map[string]int{}
	counts["x"]++
	counts["x"]++
	counts["y"] += 5
	v, ok := counts["nope"]
	fmt.Println(counts, v, ok)

	// Maps are references: a function can modify the caller's map.
	bump := func(mm map[string]int) { mm["bumped"] = 1 }
	bump(counts)
	fmt.Println(sortedKeys(counts))

	// Map of structs needs reassignment to change a field.
	type acc struct{ n int }
	accs := map[string]acc{"a": {1}}
	tmp := accs["a"]
	tmp.n = 10
	accs["a"] = tmp
	fmt.Println(accs)

	// Overwriting a key keeps len the same.
	m2 := make(map[int]string, 10)
	m2[1] = "one"
	m2[1] = "uno"
	fmt.Println(m2, len(m2))

	// Float keys: NaN never matches, so each NaN insertion is a new key.
	fk := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fk[nan] = 1
	fk[nan] = 2
	_, found := fk[nan]
	fmt.Println(len(fk), found)
}

// Output:
// [a c e] 3
// 0 map[]
// 0 0 true
// map[x:2 y:5] 0 false
// [bumped x y]
// map[a:{10}]
// map[1:uno] 1
// 2 false
