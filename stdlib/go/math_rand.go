// Package rand (math/rand), written in Go over a native generator
// (stdlib/rand.cpp): Go 1.19's additive lagged Fibonacci source, so that a
// seed gives exactly Go's sequence. The derived distributions use Go 1.19's
// algorithms; the top-level functions start from seed 1, as in Go 1.19.
package rand

import "math"

// A Source is a source of uniformly distributed pseudo-random int64 values
// in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const rngLen = 607

// rngSource is Go's generator; its methods are native.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Int63() int64
func (rng *rngSource) Uint64() uint64

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64

	// Bytes of the last Int63 not yet handed out by Read.
	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.src.Seed(seed)
		r.readPos = 0
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	lo := uint64(r.Int63()) >> 31
	return lo | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the top values that would bias the modulus.
	limit := int64((1<<63 - 1) - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32((1<<31 - 1) - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift method, which Shuffle uses.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with random bytes, seven from each Int63, low byte first.
func (r *Rand) Read(p []byte) (n int, err error) {
	src := r.src
	if lk, ok := src.(*lockedSource); ok {
		src = lk.src
	}
	pos, val := r.readPos, r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos, r.readVal = pos, val
	return n, nil
}

// ---- Normal and exponential distributions (ziggurat; tables are native) ----

// zigNorm returns kn[i], wn[i], fn[i] and fn[i-1] (fn[0] for i == 0).
func zigNorm(i int32) (uint32, float32, float32, float32)

// zigExp returns ke[i], we[i], fe[i] and fe[i-1] (fe[0] for i == 0).
func zigExp(i uint32) (uint32, float32, float32, float32)

const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		k, w, f, fprev := zigNorm(i)
		x := float64(j) * float64(w)
		a := uint32(j)
		if j < 0 {
			a = uint32(-j)
		}
		if a < k {
			return x
		}
		if i == 0 {
			// The tail beyond rn.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if f+float32(r.Float64())*(fprev-f) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		k, w, f, fprev := zigExp(i)
		x := float64(j) * float64(w)
		if j < k {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if f+float32(r.Float64())*(fprev-f) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// ---- Zipf distribution ----

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf variate generator of values k in [0, imax] with
// P(k) proportional to (v + k) ** (-s); nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := new(Zipf)
	if s <= 1.0 || v < 1 {
		return nil
	}
	z.r = r
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		r := z.r.Float64()
		ur := z.hxm + r*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}

// ---- The global generator ----

// lockedSource is the global Rand's source. (Go locks it; goterp's
// goroutines do not run in parallel.)
type lockedSource struct {
	src *rngSource
}

func (r *lockedSource) Int63() int64    { return r.src.Int63() }
func (r *lockedSource) Uint64() uint64  { return r.src.Uint64() }
func (r *lockedSource) Seed(seed int64) { r.src.Seed(seed) }

var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})

func Seed(seed int64)                    { globalRand.Seed(seed) }
func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return globalRand.Read(p) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }
