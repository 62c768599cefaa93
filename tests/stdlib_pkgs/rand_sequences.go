// math/rand: the global generator (seed 1 in Go 1.19), Seed, Read, the
// normal and exponential distributions, Zipf, a user-defined Source and the
// panics of bad arguments: exactly the same values as Go.
package main

import (
	"fmt"
	"math/rand"
)

type mySrc struct{ x int64 }

func (s *mySrc) Int63() int64 {
	s.x = (s.x*6364136223846793005 + 1442695040888963407) & (1<<63 - 1)
	return s.x
}
func (s *mySrc) Seed(seed int64) { s.x = seed }

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10), rand.Int31n(1000), rand.Int63n(1<<40+7), rand.Intn(1<<40+3))
	b := make([]byte, 10)
	rand.Read(b)
	fmt.Println(b)
	rand.Read(b[:3])
	fmt.Println(b)
	rand.Seed(77)
	fmt.Println(rand.Int(), rand.Intn(10))
	h := 0.0
	for i := 0; i < 100000; i++ {
		h += rand.NormFloat64()*3 + rand.ExpFloat64()
	}
	fmt.Println(h)
	r := rand.New(rand.NewSource(-5))
	hi := uint64(0)
	for i := 0; i < 100000; i++ {
		hi = hi*31 + uint64(r.Intn(i+1)) + r.Uint64() + uint64(r.Int31n(int32(i%1000+1)))
	}
	fmt.Println(hi)
	r2 := rand.New(&mySrc{})
	fmt.Println(r2.Int(), r2.Uint64(), r2.Float64(), r2.Perm(5), r2.NormFloat64())
	r2.Read(b)
	fmt.Println(b)
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	r2.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(" ", z.Uint64())
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 0.5, 1, 10) == nil)
	r3 := rand.New(rand.NewSource(0))
	fmt.Println(r3.Int63(), r3.Float64())
	r3.Seed(1 << 40)
	fmt.Println(r3.Int63())
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}

// Output:
// 5577006791947779410 87 6129484611666145821 1879968118 3916589616287113937 0.6868230728671094 0.06563702
// [7 9 3 6 0 2 1 5 8 4] 445 159501167565 973506584786
// [33 17 156 22 15 7 2 68 134 21]
// [187 218 8 22 15 7 2 68 134 21]
// 8870694286263313460 0
// 98584.10687462689
// 9690989481308231726
// 1442695040888963407 3346879418337451043 0.8024324073906015 [1 2 3 0 4] -0.4995153088511437
// [225 255 100 193 158 34 32 220 26 14]
// [5 7 8 4 9 3 6 2 1]
//  1 1 0 0 0 13 4 3 7 3
// true
// 8717895732742165505 0.24496508529377975
// 5470237361722394362
// recovered: invalid argument to Intn
