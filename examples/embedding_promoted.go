// embedding_promoted.go: struct embedding, promoted fields and methods, shadowing and pointer embedding.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" } // shadows Animal.Sound

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	*Logger
	Dog
	Name string // shadows Dog.Animal.Name at shallower depth
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("max") // promoted pointer method on addressable value
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)

	s := Service{Logger: &Logger{"[svc] "}, Dog: d, Name: "outer"}
	fmt.Println(s.Log("started"))
	fmt.Println(s.Name, s.Dog.Name, s.Breed)
	fmt.Println(s.Describe())
	s.Logger.prefix = "[new] "
	fmt.Println(s.Log("changed"))

	type Describer interface{ Describe() string }
	var items []Describer = []Describer{d, s, &d, Animal{"cat", 4}}
	for _, it := range items {
		fmt.Println(it.Describe())
	}
}

// Output:
// rex 4 lab
// rex has 4 legs
// woof ...
// max max
// {Animal:{Name:max Legs:4} Breed:lab}
// [svc] started
// outer max lab
// max has 4 legs
// [new] changed
// max has 4 legs
// max has 4 legs
// max has 4 legs
// cat has 4 legs
