// math: the bits of every function on ~3000 arguments (random, special and
// boundary values) hashed per function, so that any last-place difference
// from Go shows.
package main

import (
	"fmt"
	"math"
)

func main() {
	var xs []float64
	seed := uint64(12345)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1e-300, 5e-324, -5e-324, 1e300, -1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, math.Pi / 4, 1e10, 1e20, 1 << 29, 1 << 40, 1e100, 700, 709.78, 709.79, -745.1, -745.2, -708, 0.1, 0.7, 0.66, 2.414, 0.84375, 1.25, 6, 28, 33.5, -33.5, 171.5, 172, -0.3, 1.4142135623730951, 21.5, 0.625, 44.0, -3.5, -2.5}
	xs = append(xs, special...)
	for i := 0; i < 3000; i++ {
		r := next()
		var x float64
		switch i % 6 {
		case 0:
			x = float64(r%2000000)/1000 - 1000
		case 1:
			x = float64(r%20000)/10000 - 1
		case 2:
			x = math.Float64frombits(r)
		case 3:
			x = float64(r%1000000) / 100
		case 4:
			x = float64(r%100000)/1000 - 50
		case 5:
			x = float64(r%3000000) / 1000000
		}
		if math.IsNaN(x) {
			continue
		}
		xs = append(xs, x)
	}
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Gamma", math.Gamma}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv}, {"Lgamma", func(x float64) float64 { v, s := math.Lgamma(x); return v * float64(s) }}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Logb", math.Logb}, {"Abs", math.Abs},
	}
	for _, f := range fs {
		h := uint64(0)
		for _, x := range xs {
			h = h*31 + math.Float64bits(f.f(x))
		}
		fmt.Println(f.name, h)
	}
	f2 := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim}, {"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
	}
	for _, f := range f2 {
		h := uint64(0)
		for i, x := range xs {
			y := xs[(i*7+3)%len(xs)]
			if i%5 == 0 {
				y = float64(i%7) - 3
			}
			if i%11 == 0 {
				y = 0.5 * float64(i%5)
			}
			h = h*31 + math.Float64bits(f.f(x, y))
		}
		fmt.Println(f.name, h)
	}
	h := uint64(0)
	for _, x := range xs {
		a, b := math.Modf(x)
		c, e := math.Frexp(x)
		s, co := math.Sincos(x)
		h = h*31 + math.Float64bits(a) + 3*math.Float64bits(b) + 5*math.Float64bits(c) + uint64(e) + 7*math.Float64bits(s) + 11*math.Float64bits(co)
		h = h*31 + math.Float64bits(math.Ldexp(x, int(x)%2000)) + uint64(math.Ilogb(x)) + uint64(math.Float32bits(float32(x)))
	}
	fmt.Println("misc", h)
	for n := -330; n < 320; n += 7 {
		h = h*31 + math.Float64bits(math.Pow10(n))
	}
	fmt.Println("pow10", h)
}

// Output:
// Sin 3765765747130563200
// Cos 5354076586869515083
// Tan 15372929575440369070
// Asin 3565487245518390746
// Acos 6636716301803103232
// Atan 13069586494576258968
// Sinh 12653361812357713980
// Cosh 16944783262497202187
// Tanh 5113563724996156320
// Asinh 16432213287456276480
// Acosh 10248655181391169720
// Atanh 7712699661290640693
// Exp 1421173286886248220
// Exp2 403098344841094860
// Expm1 5215043504232335847
// Log 17102805535230565140
// Log2 7316349935896191592
// Log10 1304604952884308622
// Log1p 10348359851703350826
// Sqrt 13793319817934213104
// Cbrt 11012598830474001426
// Floor 11960140205210500033
// Ceil 15358510552124288305
// Trunc 17349148587252693457
// Round 5182468908720403921
// RoundToEven 17982752931602576849
// Gamma 7565150755053396448
// Erfinv 2737490661313346621
// Erfcinv 3269598489735340323
// Lgamma 10061454057533354927
// Erf 11837189073138211330
// Erfc 8495684651245893969
// Logb 17421936729311103775
// Abs 16218778137181374522
// Pow 8431652805362931695
// Atan2 17061000812839622734
// Hypot 9229494173339119587
// Mod 15749233132583807268
// Remainder 8403900228428453689
// Max 418921399628699051
// Min 2666469756374044175
// Dim 15550721433822186967
// Nextafter 15545485288707019366
// Copysign 6995406100326598714
// misc 7306492010303390422
// pow10 8112761862371255320
