// fmt_verbs_struct.go: %v %+v %#v %T on structs, nested structs, slices of structs, arrays, maps and pointers to structs.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Manager *Person
	notes   map[string]int
}

type Pair struct {
	K string
	V interface{}
}

func main() {
	boss := &Person{Name: "Zed", Age: 60}
	p := Person{
		Name:    "Ann",
		Age:     30,
		Addr:    Address{"Oslo", 150},
		Tags:    []string{"a", "b"},
		Manager: boss,
		notes:   map[string]int{"x": 1},
	}
	q := p
	q.Manager = nil

	fmt.Printf("%v\n", q)
	fmt.Printf("%+v\n", q)
	fmt.Printf("%#v\n", q)
	fmt.Printf("%T\n", q)

	// Pointer to struct at top level prints as &{...}; nested pointers print as addresses,
	// so we only show a top-level one here.
	fmt.Printf("%v\n", boss)
	fmt.Printf("%+v\n", boss)
	fmt.Printf("%#v\n", &Address{"Rome", 1})
	fmt.Println(&Address{"Paris", 75})

	// Slices of structs.
	addrs := []Address{{"A", 1}, {"B", 2}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", addrs, addrs, addrs, addrs)

	// Arrays and maps.
	arr := [2]bool{true, false}
	fmt.Printf("%v %#v %T\n", arr, arr, arr)
	m := map[string]Address{"home": {"X", 9}}
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)

	// Interface fields show the dynamic value.
	pairs := []Pair{{"int", 1}, {"str", "s"}, {"nil", nil}, {"slice", []int{1}}}
	fmt.Printf("%v\n%+v\n%#v\n", pairs, pairs, pairs)

	// Anonymous structs and empty struct.
	anon := struct {
		X, Y float64
	}{1.5, -2}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	fmt.Printf("%v %#v %T\n", struct{}{}, struct{}{}, struct{}{})

	// Embedded structs.
	type Employee struct {
		Person
		Salary float64
	}
	e := Employee{Person{Name: "Bo", Age: 25}, 1000}
	fmt.Printf("%+v\n", e)

	// %v of basic types in %#v form.
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 42, "s", 3.0, true, 'x', uint8(7))
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil}, map[int]bool{2: true, 1: false}, [0]int{})
	fmt.Printf("%#v %#v\n", 1e6, complex(1, 2))
}

// Output:
// {Ann 30 {Oslo 150} [a b] <nil> map[x:1]}
// {Name:Ann Age:30 Addr:{City:Oslo Zip:150} Tags:[a b] Manager:<nil> notes:map[x:1]}
// main.Person{Name:"Ann", Age:30, Addr:main.Address{City:"Oslo", Zip:150}, Tags:[]string{"a", "b"}, Manager:(*main.Person)(nil), notes:map[string]int{"x":1}}
// main.Person
// &{Zed 60 { 0} [] <nil> map[]}
// &{Name:Zed Age:60 Addr:{City: Zip:0} Tags:[] Manager:<nil> notes:map[]}
// &main.Address{City:"Rome", Zip:1}
// &{Paris 75}
// [{A 1} {B 2}]
// [{City:A Zip:1} {City:B Zip:2}]
// []main.Address{main.Address{City:"A", Zip:1}, main.Address{City:"B", Zip:2}}
// []main.Address
// [true false] [2]bool{true, false} [2]bool
// map[home:{X 9}]
// map[home:{City:X Zip:9}]
// map[string]main.Address{"home":main.Address{City:"X", Zip:9}}
// [{int 1} {str s} {nil <nil>} {slice [1]}]
// [{K:int V:1} {K:str V:s} {K:nil V:<nil>} {K:slice V:[1]}]
// []main.Pair{main.Pair{K:"int", V:1}, main.Pair{K:"str", V:"s"}, main.Pair{K:"nil", V:interface {}(nil)}, main.Pair{K:"slice", V:[]int{1}}}
// {1.5 -2} {X:1.5 Y:-2} struct { X float64; Y float64 }{X:1.5, Y:-2} struct { X float64; Y float64 }
// {} struct {}{} struct {}
// {Person:{Name:Bo Age:25 Addr:{City: Zip:0} Tags:[] Manager:<nil> notes:map[]} Salary:1000}
// 42 "s" 3 true 120 0x7
// []interface {}{1, "a", interface {}(nil)} map[int]bool{1:false, 2:true} [0]int{}
// 1e+06 (1+2i)
