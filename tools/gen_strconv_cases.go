//go:build ignore

// gen_strconv_cases prints tests/strconv_cases.inc: test cases for
// stdlib/strconv_core.{h,cpp} whose expected values come from Go's own
// strconv package. Run it with Go 1.19 from the repository root:
//
//	go run tools/gen_strconv_cases.go > tests/strconv_cases.inc
//
// The random inputs use a fixed seed, so the output is deterministic.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"
)

var out = bufio.NewWriter(os.Stdout)
var rng = rand.New(rand.NewSource(20230519))

func p(format string, args ...any) { fmt.Fprintf(out, format, args...) }

// lit renders s as a C++ string_view literal, byte for byte. Octal escapes
// are always three digits, so a following digit cannot extend them.
func lit(s string) string {
	var b strings.Builder
	b.WriteString(`SV("`)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '?':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteString(`")`)
	return b.String()
}

func errName(err error) string {
	if err == nil {
		return "Err::None"
	}
	var ne *strconv.NumError
	if !errors.As(err, &ne) {
		panic(err)
	}
	switch {
	case ne.Err == strconv.ErrSyntax:
		return "Err::Syntax"
	case ne.Err == strconv.ErrRange:
		return "Err::Range"
	case strings.HasPrefix(ne.Err.Error(), "invalid base "):
		return "Err::BadBase"
	case strings.HasPrefix(ne.Err.Error(), "invalid bit size "):
		return "Err::BadBitSize"
	}
	panic(err)
}

func boolName(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ---- FormatFloat -------------------------------------------------------------------

var fmts = []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
var precs = []int{-1, 0, 1, 2, 5, 17, 20, 30}

func edgeFloat64s() []float64 {
	v := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, -0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 0.125, 0.375,
		1.005, 2.675, 0.045, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 1e-7, 5e-5, 0.05, 1e-5, 1e-4, 0.000123,
		100, 123456, 1234567, 123456789, 1e6, 1e7, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e23,
		9007199254740992, 9007199254740994, 9007199254740993, 18014398509481984,
		math.Pow(2, 63), math.Pow(2, 64), 1e100, 1e-100, 1e300, 1e-300, 1e308, 1e-308, 1e-320,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2 * math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 2.225073858507201e-308, // smallest normal, largest subnormal
		math.Pi, math.E, -math.Pi * 1e10, 12345.6789, 0.000001, 999999.5, 9999999, 99999999999999999,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1.17549435082228750797e-38, 16777216, 16777217,
		math.Ldexp(1, -1074), math.Ldexp(1, -1022), math.Ldexp(1, -149), math.Ldexp(1, -126), math.Ldexp(1, -10),
		math.Ldexp(1, 10), math.Ldexp(1, 52), math.Ldexp(1, 127), math.Ldexp(1, 1023),
		math.Ldexp(0x1fffffffffffff, -53), math.Ldexp(0x10000000000001, -52),
	}
	return v
}

func formatFloatCases() {
	p("struct FormatFloatCase {\n  uint64_t bits;\n  char fmt;\n  int prec;\n  int bitSize;\n  std::string_view want;\n};\n")
	p("const FormatFloatCase kFormatFloatCases[] = {\n")
	n := 0
	emit := func(f float64, fm byte, prec, bitSize int) {
		p("    {0x%016x, '%c', %d, %d, %s},\n", math.Float64bits(f), fm, prec, bitSize, lit(strconv.FormatFloat(f, fm, prec, bitSize)))
		n++
	}
	edges := edgeFloat64s()
	for _, f := range edges {
		for _, fm := range fmts {
			for _, prec := range precs {
				emit(f, fm, prec, 64)
			}
		}
	}
	// float32 values (widened), formatted at bitSize 32.
	f32 := []float32{0.1, 0.2, 1.0 / 3, 16777216, 16777217, 3.4028235e38, 1.4e-45, 1.1754944e-38, 1.1754942e-38,
		1e10, 1e-10, 123.456, 0.5, 2.5, -7.25, 3.1415927, 1e38, 8388608.5, 100000000, 9.999999e-5}
	for _, g := range f32 {
		for _, fm := range fmts {
			for _, prec := range precs {
				emit(float64(g), fm, prec, 32)
			}
		}
	}
	// float64 values rounded to float32 by FormatFloat itself (including overflow to Inf).
	for _, f := range []float64{0.1, 1e23, 1e39, math.MaxFloat64, 3.4028235677973366e38, 3.4028235677973362e38, 1e-46, 7e-46, 0.30000001192092896} {
		for _, fm := range []byte{'e', 'g', 'x', 'b'} {
			for _, prec := range []int{-1, 3} {
				emit(f, fm, prec, 32)
			}
		}
	}
	// Specials and unknown formats.
	for _, f := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		for _, fm := range append(fmts, 'z') {
			emit(f, fm, -1, 64)
			emit(f, fm, 3, 32)
		}
	}
	for _, fm := range []byte{'z', 'F', 'v', 'd'} {
		emit(1.5, fm, -1, 64)
		emit(1.5, fm, 4, 64)
		emit(1.5, fm, 30, 32)
	}
	// Large precisions need exact multiprecision rounding.
	for _, f := range []float64{0.1, 1e23, 5e-324, math.MaxFloat64, 2.5, 0.3, 1.0 / 3} {
		emit(f, 'f', 60, 64)
		emit(f, 'e', 100, 64)
		emit(f, 'g', 40, 64)
		emit(f, 'x', 13, 64)
		emit(f, 'x', 14, 64)
		emit(f, 'x', 16, 64)
	}
	emit(5e-324, 'f', 1100, 64)
	emit(math.MaxFloat64, 'e', 400, 64)
	emit(0.1, 'g', 800, 64)
	// Random values with random formats and precisions.
	for i := 0; i < 700; i++ {
		var f float64
		switch i % 4 {
		case 0:
			f = math.Float64frombits(rng.Uint64())
		case 1:
			f = math.Float64frombits(rng.Uint64() >> uint(rng.Intn(64)))
		case 2:
			f = float64(rng.Int63n(2000000)-1000000) / math.Pow(10, float64(rng.Intn(9)))
		case 3:
			f = float64(math.Float32frombits(rng.Uint32()))
		}
		if math.IsNaN(f) {
			continue
		}
		bitSize := 64
		if i%3 == 0 {
			bitSize = 32
		}
		prec := precs[rng.Intn(len(precs))]
		if rng.Intn(8) == 0 {
			prec = rng.Intn(60)
		}
		emit(f, fmts[rng.Intn(len(fmts))], prec, bitSize)
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "FormatFloat: %d\n", n)
}

// ---- ParseFloat -------------------------------------------------------------------

// midpoint returns the exact decimal value halfway between x and the next
// float (of bitSize) above it, as digits and a decimal exponent.
func midpoint(x float64, bitSize int) (digits string, exp int) {
	var up float64
	if bitSize == 32 {
		up = float64(math.Nextafter32(float32(x), float32(math.Inf(1))))
	} else {
		up = math.Nextafter(x, math.Inf(1))
	}
	m := new(big.Float).SetPrec(300).SetFloat64(x)
	m.Add(m, new(big.Float).SetPrec(300).SetFloat64(up))
	m.Quo(m, big.NewFloat(2))
	s := m.Text('e', 800)
	mant, e, _ := strings.Cut(s, "e")
	exp, _ = strconv.Atoi(e)
	digits = strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	return
}

func parseFloatInputs() []string {
	in := []string{
		"", "0", "-0", "+0", "00", "0.0", ".0", "0.", ".", "-", "+", "1", "+1", "-1", "1x", "x1", "1.1.", "1..1",
		"1e23", "1E23", "1e+23", "1e-23", "100000000000000000000000", "99999999999999974834176",
		"100000000000000000000001", "100000000000000008388608", "100000000000000016777215",
		"100000000000000016777216", "1e-100", "625e-3", "0.1", "0.2", "0.3", "3.14159265358979323846",
		"1e", "1e-", "1e+", "e1", ".e1", "1e1.5", "1e1e1", " 1", "1 ", "1\x00", "1\x002",
		"1_000", "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1_e10",
		"0_1", "0x_1p0", "0x1_0p0", "0x1__0p0", "0x1p1_0", "0x1p_10", "0_x1p0", "-1_000", "+_1",
		"0x1p0", "0X1P0", "0x1p1", "0x1p-1", "0x1ep-1", "-0x1ep-1", "0x1.8p1", "0x.8p1", "0x1.p1", "0x.p1",
		"0x1", "0x", "0x.", "0xp1", "0x1p", "0x1p+", "0x1p-", "0x1e2", "1p2", "0x1.fffffffffffffp1023",
		"0x1.fffffffffffff7fffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "-0x1p1024", "0x1p-1074",
		"0x1p-1075", "0x1.0000000000001p-1075", "0x1.8p-1075", "0x1p-1076", "0x0.00000000000008p-1022",
		"0x0.000000000000081p-1022", "0x1.000000000000080000000000000001p0", "0x1.00000000000008p0",
		"0x1.00000000000018p0", "0x123456789abcdef0123456789abcdefp0", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefp127", "0x1p128", "0x0p1000000", "-0x0p0",
		"0x1p2000000000", "0x1p-2000000000", "0x1.5e2p3", "0xABCDEFp-4",
		"inf", "Inf", "INF", "+inf", "-inf", "infinity", "Infinity", "-INFINITY", "+Infinity", "infin",
		"infinit", "infinityy", "infx", "in", "i", "nan", "NaN", "NAN", "nAn", "+nan", "-nan", "nan1", "na",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "-1.7976931348623159e308",
		"1.797693134862315708145274237317043567981e+308", "1.797693134862315808e308", "2e308", "1e309",
		"1e400", "-1e400", "1e400000", "1e-400000", "1e4294967296", "1e-4294967296",
		"1e+18446744073709551616", "0e+99999999999999999999", "-0.00e-9999999999", "5e-324", "4e-324",
		"3e-324", "2.5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2e-324", "1e-350",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
		"4.9406564584124654e-324", "3.4028234663852886e38", "3.4028235677973366e38", "3.4028236e38",
		"3.5e38", "1e39", "1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46",
		"1e-46", "1.17549435e-38", "1.1754943e-38", "16777217", "16777218", "16777219", "33554433",
		"9007199254740993", "9007199254740993.0000000001", "9007199254740995", "0.000000000000000000001",
		"123456789012345678901234567890", "1.0000000000000000000000000000000000000001",
		"0.9999999999999999999999999999999999999999", "22.222222222222222", "1e-20", "1e22", "1e-22",
		"4.630813248087435e+307", "8.98846567431158e307", "1.00000005960464477550", "1.00000005960464477539",
		"1.000000059604644775390625", "1.000000059604644775390624", "0.000000000000000000000000000000000000000001e40",
		strings.Repeat("1", 900), strings.Repeat("1", 850) + "e-800", "0." + strings.Repeat("0", 900) + "1e901",
		"1" + strings.Repeat("0", 1000) + "e-1000", strings.Repeat("9", 820) + "." + strings.Repeat("9", 20) + "e-500",
	}
	// Exact halfway points between adjacent floats, and points just below and above them.
	vals := []float64{1, 0.1, 1e23, 9007199254740992, math.MaxFloat64, math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 1e-310, 123.456, 1e300, 3.4028234663852886e38, 1.401298464324817e-45}
	for i := 0; i < 40; i++ {
		vals = append(vals, math.Float64frombits(rng.Uint64()&^(1<<63)>>uint(rng.Intn(3))))
	}
	for i, x := range vals {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			continue
		}
		for _, bitSize := range []int{64, 32} {
			if bitSize == 32 {
				x = float64(float32(x))
				if math.IsInf(x, 0) || x >= math.MaxFloat32 {
					continue
				}
			} else if x == math.MaxFloat64 {
				continue
			}
			d, e := midpoint(x, bitSize)
			if len(d) > 400 && i%4 != 0 {
				continue // keep the file small: only some of the very long ones
			}
			// The midpoint is the integer d times 10^(e-len(d)+1).
			exact := d + "e" + strconv.Itoa(e-len(d)+1)
			above := d + "1e" + strconv.Itoa(e-len(d))
			below := d[:len(d)-1] + string(d[len(d)-1]-1) + "999e" + strconv.Itoa(e-len(d)-2)
			in = append(in, exact, above, below)
			// With more than 800 integer digits (a Go 1.19 quirk: the fallback misplaces the point).
			if i%5 == 0 && len(d) < 300 {
				pad := 810 - len(d)
				in = append(in, d+strings.Repeat("0", pad)+"e"+strconv.Itoa(e-len(d)+1-pad))
			}
		}
	}
	// Round trips of random values in several syntaxes.
	for i := 0; i < 150; i++ {
		x := math.Float64frombits(rng.Uint64() >> uint(rng.Intn(64)))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		in = append(in, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'x', -1, 64),
			strconv.FormatFloat(x, 'e', rng.Intn(25), 64), strconv.FormatFloat(x, 'g', -1, 32))
	}
	// Random garbage built from float syntax pieces.
	alphabet := "0123456789.eE+-_xXpPabcdfinftyINFTYN"
	for i := 0; i < 250; i++ {
		var b strings.Builder
		if i%3 == 0 {
			b.WriteString("0x")
		}
		for j := 1 + rng.Intn(8); j > 0; j-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		in = append(in, b.String())
	}
	return in
}

func parseFloatCases() {
	p("struct ParseFloatCase {\n  std::string_view in;\n  int bitSize;\n  uint64_t bits;\n  Err err;\n};\n")
	p("const ParseFloatCase kParseFloatCases[] = {\n")
	n := 0
	for _, s := range parseFloatInputs() {
		for _, bitSize := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bitSize)
			p("    {%s, %d, 0x%016x, %s},\n", lit(s), bitSize, math.Float64bits(f), errName(err))
			n++
		}
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "ParseFloat: %d\n", n)
}

// ---- ParseInt / ParseUint / FormatInt ---------------------------------------------------

func parseIntCases() {
	in := []string{
		"", "0", "-0", "+0", "1", "-1", "+1", "+-1", "-+1", "--1", "+", "-", "12345", "-12345", "012", "0x", "0b", "0o",
		"0x1f", "0X1F", "0xg", "0b101", "0B101", "0b102", "0o17", "0O17", "0o18", "017", "018", "08", "0_1", "0x_1f",
		"0b_1", "0o_7", "0_x1", "1_000", "1__000", "_1000", "1000_", "0x1_f", "0x1f_", "-1_000", "-_1", "+1_0",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "-18446744073709551615", "99999999999999999999999",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "2147483647", "2147483648",
		"-2147483648", "-2147483649", "4294967295", "4294967296", "0x7fffffffffffffff", "0x8000000000000000",
		"0xffffffffffffffff", "0x10000000000000000", "0x7f", "0x80", "-0x80", "-0x81", "0xff", "0x100",
		"zz", "ZZ", "z", "Z", "10", "1z", "abc", "ABC", "3w5e11264sgsg", "1y2p0ij32e8e7", "1y2p0ij32e8e8",
		"11111111111111111111111111111111111111111111111111111111111111111", " 1", "1 ", "1\x00", "\xff", "١",
		"0x1p3", "1.0", "1e3", "01234567", "0777", "0888", "00", "0x0", "-0x0", "0b0", "-0b1", "0o", "0x-1",
	}
	for i := 0; i < 60; i++ {
		v := rng.Uint64() >> uint(rng.Intn(64))
		base := []int{2, 8, 10, 16, 36}[rng.Intn(5)]
		s := strconv.FormatUint(v, base)
		if rng.Intn(2) == 0 {
			s = "-" + s
		}
		in = append(in, s)
	}
	type combo struct{ base, bitSize int }
	std := []combo{{0, 0}, {10, 64}, {16, 64}, {0, 8}, {10, 32}, {36, 16}, {2, 64}, {8, 0}}
	odd := []combo{{1, 64}, {37, 64}, {-1, 64}, {10, 65}, {10, -1}, {0, 7}, {36, 1}, {3, 5}, {1, 0}, {10, 128}}
	p("struct ParseIntCase {\n  std::string_view in;\n  int base;\n  int bitSize;\n  int64_t value;\n  Err err;\n};\n")
	p("struct ParseUintCase {\n  std::string_view in;\n  int base;\n  int bitSize;\n  uint64_t value;\n  Err err;\n};\n")
	var ints, uints []string
	for i, s := range in {
		combos := std
		if i%7 == 0 {
			combos = append(append([]combo{}, std...), odd...)
		}
		for _, c := range combos {
			v, err := strconv.ParseInt(s, c.base, c.bitSize)
			vs := strconv.FormatInt(v, 10)
			if v == math.MinInt64 {
				vs = "INT64_MIN"
			} else {
				vs += "LL"
			}
			ints = append(ints, fmt.Sprintf("    {%s, %d, %d, %s, %s},\n", lit(s), c.base, c.bitSize, vs, errName(err)))
			u, err := strconv.ParseUint(s, c.base, c.bitSize)
			uints = append(uints, fmt.Sprintf("    {%s, %d, %d, %dULL, %s},\n", lit(s), c.base, c.bitSize, u, errName(err)))
		}
	}
	p("const ParseIntCase kParseIntCases[] = {\n%s};\n\n", strings.Join(ints, ""))
	p("const ParseUintCase kParseUintCases[] = {\n%s};\n\n", strings.Join(uints, ""))
	fmt.Fprintf(os.Stderr, "ParseInt: %d, ParseUint: %d\n", len(ints), len(uints))

	p("struct FormatIntCase {\n  int64_t value;\n  bool isUnsigned;\n  int base;\n  std::string_view want;\n};\n")
	p("const FormatIntCase kFormatIntCases[] = {\n")
	n := 0
	vals := []int64{0, 1, -1, 9, 10, 35, 36, 127, -128, 255, 1 << 32, math.MaxInt64, math.MinInt64, -math.MaxInt64}
	for i := 0; i < 30; i++ {
		vals = append(vals, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for _, v := range vals {
		for _, base := range []int{2, 3, 8, 10, 16, 32, 36} {
			vs := strconv.FormatInt(v, 10) + "LL"
			if v == math.MinInt64 {
				vs = "INT64_MIN"
			}
			p("    {%s, false, %d, %s},\n", vs, base, lit(strconv.FormatInt(v, base)))
			p("    {%s, true, %d, %s},\n", vs, base, lit(strconv.FormatUint(uint64(v), base)))
			n += 2
		}
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "FormatInt/Uint: %d\n", n)

	p("struct ParseBoolCase {\n  std::string_view in;\n  bool value;\n  Err err;\n};\n")
	p("const ParseBoolCase kParseBoolCases[] = {\n")
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
		"", "tRUE", "yes", "2", "truee", " true", "FaLsE", "on", "y", "-1"} {
		v, err := strconv.ParseBool(s)
		p("    {%s, %s, %s},\n", lit(s), boolName(v), errName(err))
	}
	p("};\n\n")
}

// ---- Quoting -------------------------------------------------------------------------

var pieces = []string{
	"a", "Z", "~", " ", "\"", "'", "`", "\\", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\x00", "\x01", "\x1b",
	"\x1f", "\x7f", "\x80", "\xbf", "\xc0", "\xc3", "\xff", "\xfe", "é", "\u00a0", "\u00ad", "\u00ff", "\u0100",
	"\u0378", "\u061c", "\u200b", "\u200e", "\u2028", "\u2029", "\u202f", "\u3000", "\ufeff", "\ufffd",
	"\uffff", "日本語", "😀", "👍🏽", "\U0001F1FA", "\U000E0001", "\U000E0100", "\U000F0000", "\U0010FFFF",
	"\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf0\x8f\xbf\xbf", "\xe0\x80\x80", "\xc0\x80", "\xe2\x82",
	"\xf0\x9f\x98", "\\n", "\\x41", "\\u00e9", "\\U0001F600", "\\377", "\\400", "\\'", "\\\"", "\\q", "\\0",
	"\\01", "\\x4", "\\u12", "\\uD800", "\\U00110000", "\\a", "\\`",
}

func randomString() string {
	var b strings.Builder
	for j := rng.Intn(6); j > 0; j-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

func quoteCases() {
	p("struct QuoteCase {\n  std::string_view in;\n  std::string_view quote, toASCII, toGraphic;\n  bool canBackquote;\n};\n")
	p("const QuoteCase kQuoteCases[] = {\n")
	in := append([]string{"", "hello, world", "\xff\xfe\xfd", "☺\x00\n", "\"\"", "a`b", "\ta\tb\t", "tab\tonly",
		"\x7f\x80", "\u00ad\u00a0", "\ufeffBOM", "x\ufeff", "\U0010ffff\U0010fffe"}, pieces...)
	for i := 0; i < 300; i++ {
		in = append(in, randomString())
	}
	for _, s := range in {
		p("    {%s, %s, %s, %s, %s},\n", lit(s), lit(strconv.Quote(s)), lit(strconv.QuoteToASCII(s)),
			lit(strconv.QuoteToGraphic(s)), boolName(strconv.CanBackquote(s)))
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "Quote: %d\n", len(in))

	p("struct QuoteRuneCase {\n  int32_t r;\n  std::string_view quote, toASCII, toGraphic;\n  bool isPrint, isGraphic;\n};\n")
	p("const QuoteRuneCase kQuoteRuneCases[] = {\n")
	runes := []rune{-1, -0x7fffffff - 1, 0, 7, 8, 9, 10, 11, 12, 13, 27, 31, ' ', '\'', '"', '\\', '`', 'a', 0x7e, 0x7f,
		0x80, 0x9f, 0xa0, 0xa1, 0xad, 0xff, 0x100, 0x378, 0x61c, 0x1680, 0x2000, 0x200b, 0x2028, 0x202f, 0x205f,
		0x3000, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x1f1fa,
		0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0x10ffff, 0x110000, 0x7fffffff, '日', 'é'}
	for i := 0; i < 120; i++ {
		switch i % 3 {
		case 0:
			runes = append(runes, rune(rng.Intn(0x3000)))
		case 1:
			runes = append(runes, rune(rng.Intn(0x110000)))
		case 2:
			r, _ := utf8.DecodeRuneInString(pieces[rng.Intn(len(pieces))])
			runes = append(runes, r)
		}
	}
	for _, r := range runes {
		rs := strconv.Itoa(int(r))
		if r == math.MinInt32 {
			rs = "INT32_MIN"
		}
		p("    {%s, %s, %s, %s, %s, %s},\n", rs, lit(strconv.QuoteRune(r)), lit(strconv.QuoteRuneToASCII(r)),
			lit(strconv.QuoteRuneToGraphic(r)), boolName(strconv.IsPrint(r)), boolName(strconv.IsGraphic(r)))
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "QuoteRune: %d\n", len(runes))

	p("struct UnquoteCase {\n  std::string_view in;\n  bool ok;\n  std::string_view out;\n  bool prefixOK;\n  std::string_view prefix;\n};\n")
	p("const UnquoteCase kUnquoteCases[] = {\n")
	uin := []string{"", "\"", "'", "`", "\"\"", "''", "``", "\"a\"", "'a'", "`a`", "\"abc", "abc\"", "\"a\"b", "\"a\"\"",
		"'ab'", "'\\n'", "'\\''", "'''", "'\"'", "\"'\"", "\"\\'\"", "'\\\"'", "\"\\\"\"", "`\\n`", "`a\rb`", "`\r\n`",
		"\"\n\"", "'\n'", "`\n`", "\"\\x41\"", "\"\\xff\"", "\"\\377\"", "\"\\400\"", "\"\\u00e9\"", "\"\\uD800\"",
		"\"\\U0010FFFF\"", "\"\\U00110000\"", "'\\U0001F600'", "'😀'", "'\xff'", "\"\xff\"", "\"\\q\"", "\"\\\"",
		"'\\x4'", "\"\\x4g\"", "\"\\07\"", "\"\\0\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", "\"é\\n\xc3\"", "'é'", "'\u00e9'",
		"'ab", "\"a\"\"b\"", "`a`b`", "`a``", "'\\'", "\"\\x41\\u0042\\U00000043\\103\"", "\"\xed\xa0\x80\"",
		"'\xed\xa0\x80'", "\"\\u12\"", "\"\\`\"", "'\\`'", "x\"a\"", "\"\x00\"", "'\x00'", "'\\x00'", "'\\xff'"}
	for i := 0; i < 200; i++ {
		s := randomString()
		switch i % 5 {
		case 0, 1:
			s = "\"" + s + "\""
		case 2:
			s = "'" + s + "'"
		case 3:
			s = "`" + s + "`"
		}
		if i%4 == 0 {
			s += randomString()
		}
		uin = append(uin, s)
	}
	for _, s := range uin {
		u, err := strconv.Unquote(s)
		pre, err2 := strconv.QuotedPrefix(s)
		p("    {%s, %s, %s, %s, %s},\n", lit(s), boolName(err == nil), lit(u), boolName(err2 == nil), lit(pre))
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "Unquote: %d\n", len(uin))

	p("struct UnquoteCharCase {\n  std::string_view in;\n  char quote;\n  bool ok;\n  int32_t value;\n  bool multibyte;\n  std::string_view tail;\n};\n")
	p("const UnquoteCharCase kUnquoteCharCases[] = {\n")
	n := 0
	for _, s := range append([]string{"", "a", "ab", "\\", "'", "\"", "`", "\\'", "\\\"", "é!", "\xff!", "\\x41!", "\\xg",
		"\\u263a!", "\\U0001F600!", "\\U00110000", "\\uDFFF", "\\101!", "\\777", "\\18", "\\n\\n", "\\z", "\\8"}, pieces...) {
		for _, q := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			qs := fmt.Sprintf("'%c'", q)
			switch q {
			case '\'':
				qs = `'\''`
			case 0:
				qs = `'\0'`
			}
			p("    {%s, %s, %s, %d, %s, %s},\n", lit(s), qs, boolName(err == nil), v, boolName(mb), lit(tail))
			n++
		}
	}
	p("};\n\n")
	fmt.Fprintf(os.Stderr, "UnquoteChar: %d\n", n)
}

func main() {
	defer out.Flush()
	p("// Test cases for stdlib/strconv_core, with expected values from Go's strconv\n")
	p("// package (%s). Generated by\n", runtime.Version())
	p("//   go run tools/gen_strconv_cases.go > tests/strconv_cases.inc\n")
	p("// DO NOT EDIT. Included by tests/strconv_test.cpp, which defines SV and the\n")
	p("// names used here.\n\n")
	formatFloatCases()
	parseFloatCases()
	parseIntCases()
	quoteCases()
}
