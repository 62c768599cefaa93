// fmt_maps_sorted.go: fmt prints maps with keys sorted: numbers, strings, bools, floats incl. NaN, structs, arrays, interfaces.
package main

import (
	"fmt"
	"math"
)

type Key struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "zero"})
	fmt.Println(map[string]int{"banana": 2, "Apple": 1, "apple": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "b", -1: "neg", math.Inf(1): "inf", math.NaN(): "nan", math.Inf(-1): "-inf"})
	fmt.Println(map[Key]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(map[uint8]bool{200: true, 7: false})

	// Interface keys sort by type first, then value.
	mixed := map[interface{}]string{
		"str": "s", 2: "int2", 1: "int1", 1.5: "float", false: "bool", Key{"k", 0}: "key",
	}
	fmt.Println(len(mixed))
	fmt.Println(mixed)

	// Nested maps and maps inside slices.
	nested := map[string]map[string]int{"y": {"b": 2, "a": 1}, "x": {"z": 26}}
	fmt.Println(nested)
	fmt.Printf("%v\n%+v\n%#v\n", nested, nested, nested)
	fmt.Println([]map[string]int{{"b": 2, "a": 1}, {}})

	// Maps with slice values.
	fmt.Println(map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil})

	// Verbs apply to keys and values.
	fmt.Printf("%x\n", map[int]int{255: 16, 10: 11})
	fmt.Printf("%q\n", map[string]string{"k2": "v2", "k1": "v1"})
	fmt.Printf("%5v|\n", map[int]int{1: 2})

	// Empty and nil maps.
	var nilMap map[string]int
	fmt.Println(nilMap, map[int]int{})
	fmt.Printf("%#v %#v\n", nilMap, map[int]int{})
}

// Output:
// map[-1:z 0:zero 3:c 10:j]
// map[:0 Apple:1 apple:3 banana:2]
// map[false:0 true:1]
// map[NaN:nan -Inf:-inf -1:neg 2.5:b +Inf:inf]
// map[{a 1}:true {a 2}:false {b 1}:true]
// map[[1 2]:z [1 9]:y [2 1]:x]
// map[97:1 98:2]
// map[7:false 200:true]
// 6
// map[false:bool 1.5:float 1:int1 2:int2 str:s {k 0}:key]
// map[x:map[z:26] y:map[a:1 b:2]]
// map[x:map[z:26] y:map[a:1 b:2]]
// map[x:map[z:26] y:map[a:1 b:2]]
// map[string]map[string]int{"x":map[string]int{"z":26}, "y":map[string]int{"a":1, "b":2}}
// [map[a:1 b:2] map[]]
// map[even:[2 4] none:[] odd:[1 3]]
// map[a:b ff:10]
// map["k1":"v1" "k2":"v2"]
// map[    1:    2]|
// map[] map[]
// map[string]int(nil) map[int]int{}
