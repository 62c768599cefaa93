// rand_seeded.go: math/rand with a fixed seed (rand.New(rand.NewSource(42))) produces a reproducible sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	var ints []int
	for i := 0; i < 10; i++ {
		ints = append(ints, r.Intn(100))
	}
	fmt.Println(ints)
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Int31n(10), r.Int63n(1000))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))

	words := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)

	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())

	// The same seed gives the same sequence.
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)

	// Simulate dice rolls and count outcomes.
	dice := rand.New(rand.NewSource(2023))
	var counts [7]int
	for i := 0; i < 600; i++ {
		counts[dice.Intn(6)+1]++
	}
	fmt.Println(counts[1:])

	// A random walk.
	walk := rand.New(rand.NewSource(1))
	pos := 0
	var path []int
	for i := 0; i < 12; i++ {
		if walk.Intn(2) == 0 {
			pos--
		} else {
			pos++
		}
		path = append(path, pos)
	}
	fmt.Println(path)

	// Reseeding resets the sequence.
	src := rand.NewSource(99)
	r2 := rand.New(src)
	first := r2.Intn(1000)
	r2.Seed(99)
	fmt.Println(first == r2.Intn(1000))
}

// Output:
// [5 87 68 50 23 45 57 76 28 43]
// 6784982874943501314 468025967 1553415631 8 542
// 0.4662036212774504 0.71236587
// [7 1 3 2 5 4 0 6]
// [c d b f e a]
// 0.768832 0.394647
// same sequence: true
// [80 98 100 110 109 103]
// [1 2 3 4 5 4 5 4 3 2 1 2]
// true
