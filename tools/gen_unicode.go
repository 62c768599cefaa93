//go:build ignore

// gen_unicode generates stdlib/unicode_tables.cpp, the implementation of
// stdlib/unicode_tables.h, from the tables of the Go toolchain that runs it
// (Go 1.19: Unicode 13.0.0). Every table is derived by calling the exported
// API of package unicode (IsLetter, IsUpper, ..., ToUpper, SimpleFold) on
// every rune, so the C++ functions answer exactly as Go does.
//
// Usage (from the repository root):
//
//	go run tools/gen_unicode.go > stdlib/unicode_tables.cpp
//	go run tools/gen_unicode.go -golden   # digests for tests/unicode_test.cpp
//
// Before printing anything the generator replays the C++ lookup algorithms
// on the tables it built and checks them against package unicode for every
// rune 0..0x10FFFF and for invalid runes, so a generated file is known to be
// exact.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"unicode"
)

const latin1Max = 0xFF

// ---- The functions of unicode_tables.h ---------------------------------------

type predicate struct {
	name string // C++ name
	bit  uint   // bit in the Latin-1 property table
	goFn func(rune) bool
	// If not -1, the index of a predicate that implies this one above
	// Latin-1: this one's table then holds only the runes where the other is
	// false, and a lookup tries the other's table first.
	orElse int
}

var predicates = []predicate{
	{"isLetter", 0, unicode.IsLetter, -1},
	{"isDigit", 1, unicode.IsDigit, -1},
	{"isNumber", 2, unicode.IsNumber, -1},
	{"isUpper", 3, unicode.IsUpper, -1},
	{"isLower", 4, unicode.IsLower, -1},
	{"isTitle", 5, unicode.IsTitle, -1},
	{"isSpace", 6, unicode.IsSpace, -1},
	{"isPunct", 7, unicode.IsPunct, -1},
	{"isSymbol", 8, unicode.IsSymbol, -1},
	{"isMark", 9, unicode.IsMark, -1},
	{"isControl", 10, unicode.IsControl, -1},
	{"isGraphic", 11, unicode.IsGraphic, 12}, // graphic = print + some spaces
	{"isPrint", 12, unicode.IsPrint, -1},
}

type mapping struct {
	name string
	goFn func(rune) rune
}

var mappings = []mapping{
	{"toUpper", unicode.ToUpper},
	{"toLower", unicode.ToLower},
	{"toTitle", unicode.ToTitle},
	{"simpleFold", unicode.SimpleFold},
}

// Values of char32_t above MaxRune, as the C++ side sees them; Go sees the
// same 32 bits as a rune (int32), so 0xFFFFFFFF is -1.
var invalid = []uint32{0x110000, 0x110001, 0x1FFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFF0041, 0xFFFFFFFE, 0xFFFFFFFF}

// ---- Range tables ---------------------------------------------------------------

// A span is lo, lo+stride, ..., hi.
type span struct{ lo, hi, stride uint32 }

// spans covers the sorted runes xs with the fewest spans (arithmetic
// progressions of consecutive elements of xs, so that spans do not overlap
// and can be binary searched).
func spans(xs []uint32) []span {
	n := len(xs)
	if n == 0 {
		return nil
	}
	// cost[i]: fewest spans for xs[:i]; it does not decrease with i, so the
	// best last span for xs[:i] is the longest progression ending at i-1.
	cost := make([]int, n+1)
	from := make([]int, n+1)
	run := make([]int, n) // equal differences ending at k
	for k := 0; k < n; k++ {
		switch {
		case k == 0:
			run[k] = 0
		case k >= 2 && xs[k]-xs[k-1] == xs[k-1]-xs[k-2]:
			run[k] = run[k-1] + 1
		default:
			run[k] = 1
		}
		s := k - run[k]
		cost[k+1] = cost[s] + 1
		from[k+1] = s
	}
	var out []span
	for i := n; i > 0; i = from[i] {
		s := from[i]
		sp := span{xs[s], xs[i-1], 1}
		if i-1 > s {
			sp.stride = xs[s+1] - xs[s]
		}
		out = append(out, sp)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

type table struct {
	r16, r32 []span
}

func (t table) bytes() int { return 6*len(t.r16) + 12*len(t.r32) }

// makeTable builds the table of the runes above Latin-1 where f is true.
func makeTable(f func(rune) bool) table {
	var lo, hi []uint32
	for r := rune(latin1Max + 1); r <= unicode.MaxRune; r++ {
		if f(r) {
			if r <= 0xFFFF {
				lo = append(lo, uint32(r))
			} else {
				hi = append(hi, uint32(r))
			}
		}
	}
	return table{spans(lo), spans(hi)}
}

// inSpans replays the C++ binary search.
func inSpans(t []span, r uint32) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].lo > r })
	if i == 0 {
		return false
	}
	e := t[i-1]
	return r <= e.hi && (e.stride == 1 || (r-e.lo)%e.stride == 0)
}

func (t table) has(r uint32) bool {
	if r <= 0xFFFF {
		return inSpans(t.r16, r)
	}
	return inSpans(t.r32, r)
}

// ---- Case ranges ------------------------------------------------------------------

const (
	upper = iota
	lower
	title
)

// alt marks a delta as "alternating": the range is pairs upper, lower
// starting at lo, and the mapping goes to the pair's upper (for upper and
// title case) or lower member.
const alt = math.MinInt32

type caseRange struct {
	lo, hi uint32
	delta  [3]int32
}

func deltas(r rune) [3]int32 {
	return [3]int32{unicode.ToUpper(r) - r, unicode.ToLower(r) - r, unicode.ToTitle(r) - r}
}

// altDelta is the delta of the alternating pattern at offset off for case c.
func altDelta(c int, off uint32) int32 {
	even := off%2 == 0
	switch {
	case c == lower && even:
		return 1
	case c == lower:
		return 0
	case even:
		return 0
	default:
		return -1
	}
}

// makeCaseRanges covers the runes above Latin-1 that some case mapping
// changes, greedily extending each range while every case keeps a pattern
// (a constant delta or the alternating one) that explains all its runes.
func makeCaseRanges() []caseRange {
	var out []caseRange
	r := rune(latin1Max + 1)
	for r <= unicode.MaxRune {
		d := deltas(r)
		if d == [3]int32{} {
			r++
			continue
		}
		lo := uint32(r)
		var constOK, altOK [3]bool
		for c := 0; c < 3; c++ {
			constOK[c] = true
			altOK[c] = d[c] == altDelta(c, 0)
		}
		hi := lo
		for next := r + 1; next <= unicode.MaxRune; next++ {
			nd := deltas(next)
			if nd == [3]int32{} {
				break
			}
			off := uint32(next) - lo
			var c2, a2 [3]bool
			ok := true
			for c := 0; c < 3; c++ {
				c2[c] = constOK[c] && nd[c] == d[c]
				a2[c] = altOK[c] && nd[c] == altDelta(c, off)
				ok = ok && (c2[c] || a2[c])
			}
			if !ok {
				break
			}
			constOK, altOK = c2, a2
			hi = uint32(next)
		}
		cr := caseRange{lo: lo, hi: hi}
		for c := 0; c < 3; c++ {
			if constOK[c] {
				cr.delta[c] = d[c]
			} else {
				cr.delta[c] = alt
			}
		}
		out = append(out, cr)
		r = rune(hi) + 1
	}
	return out
}

// ---- The generated functions, replayed in Go -------------------------------

type gen struct {
	latin1     [256]uint16 // property bits
	latin1Map  [256][4]uint16
	tables     []table // per predicate
	caseRanges []caseRange
	fold       [][2]uint32 // SimpleFold exceptions above Latin-1
}

func build() *gen {
	g := &gen{}
	for r := rune(0); r <= latin1Max; r++ {
		for _, p := range predicates {
			if p.goFn(r) {
				g.latin1[r] |= 1 << p.bit
			}
		}
		for i, m := range mappings {
			v := m.goFn(r)
			if v < 0 || v > 0xFFFF {
				fail("mapping %s(%U) = %U does not fit 16 bits", m.name, r, v)
			}
			g.latin1Map[r][i] = uint16(v)
		}
	}
	for _, p := range predicates {
		f := p.goFn
		if p.orElse >= 0 {
			other := predicates[p.orElse]
			for r := rune(latin1Max + 1); r <= unicode.MaxRune; r++ {
				if other.goFn(r) && !p.goFn(r) {
					fail("%s(%U) is true but %s is false", other.name, r, p.name)
				}
			}
			f = func(r rune) bool { return p.goFn(r) && !other.goFn(r) }
		}
		g.tables = append(g.tables, makeTable(f))
	}
	g.caseRanges = makeCaseRanges()
	if len(g.caseRanges) == 0 {
		fail("no case ranges")
	}
	for r := rune(latin1Max + 1); r <= unicode.MaxRune; r++ {
		if f := uint32(unicode.SimpleFold(r)); f != g.foldFallback(uint32(r)) {
			g.fold = append(g.fold, [2]uint32{uint32(r), f})
		}
	}
	if len(g.fold) == 0 {
		fail("no SimpleFold exceptions")
	}
	return g
}

func (g *gen) is(p int, r uint32) bool {
	if r <= latin1Max {
		return g.latin1[r]&(1<<predicates[p].bit) != 0
	}
	if o := predicates[p].orElse; o >= 0 && g.tables[o].has(r) {
		return true
	}
	return g.tables[p].has(r)
}

func (g *gen) mapCase(c int, r uint32) uint32 {
	if r <= latin1Max {
		return uint32(g.latin1Map[r][c])
	}
	t := g.caseRanges
	i := sort.Search(len(t), func(i int) bool { return t[i].lo > r })
	if i == 0 || r > t[i-1].hi {
		return r
	}
	e := t[i-1]
	d := e.delta[c]
	if d == alt {
		low := uint32(0)
		if c == lower {
			low = 1
		}
		return e.lo + ((r-e.lo)&^1 | low)
	}
	return r + uint32(d)
}

func (g *gen) foldFallback(r uint32) uint32 {
	if l := g.mapCase(lower, r); l != r {
		return l
	}
	return g.mapCase(upper, r)
}

func (g *gen) simpleFold(r uint32) uint32 {
	if r <= latin1Max {
		return uint32(g.latin1Map[r][3])
	}
	if r > unicode.MaxRune {
		return r
	}
	i := sort.Search(len(g.fold), func(i int) bool { return g.fold[i][0] >= r })
	if i < len(g.fold) && g.fold[i][0] == r {
		return g.fold[i][1]
	}
	return g.foldFallback(r)
}

func (g *gen) mapRune(m int, r uint32) uint32 {
	if m == 3 {
		return g.simpleFold(r)
	}
	return g.mapCase(m, r)
}

// check replays every generated function against package unicode.
func (g *gen) check() {
	for _, r := range allInputs() {
		for i, p := range predicates {
			if got, want := g.is(i, r), p.goFn(rune(r)); got != want {
				fail("self-check: %s(%#x) = %v, Go says %v", p.name, r, got, want)
			}
		}
		for i, m := range mappings {
			if got, want := g.mapRune(i, r), uint32(m.goFn(rune(r))); got != want {
				fail("self-check: %s(%#x) = %#x, Go says %#x", m.name, r, got, want)
			}
		}
	}
}

func allInputs() []uint32 {
	in := make([]uint32, 0, unicode.MaxRune+1+len(invalid))
	for r := uint32(0); r <= unicode.MaxRune; r++ {
		in = append(in, r)
	}
	return append(in, invalid...)
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gen_unicode: "+format+"\n", args...)
	os.Exit(1)
}

// ---- Output --------------------------------------------------------------------

type writer struct{ *bufio.Writer }

func (w writer) p(format string, args ...interface{}) { fmt.Fprintf(w, format, args...) }

func (w writer) raw(text string) { w.WriteString(text) }

// list prints items, several to a line, indented by two spaces.
func (w writer) list(items []string) {
	line := " "
	for _, it := range items {
		if len(line)+1+len(it)+1 > 100 {
			w.p("%s\n", line)
			line = " "
		}
		line += " " + it + ","
	}
	if line != " " {
		w.p("%s\n", line)
	}
}

func hex(v uint32) string { return fmt.Sprintf("0x%04X", v) }

func spanItems(t []span) []string {
	var s []string
	for _, e := range t {
		s = append(s, fmt.Sprintf("{%s, %s, %d}", hex(e.lo), hex(e.hi), e.stride))
	}
	return s
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func (g *gen) emit(w writer) {
	sizes := map[string]int{}
	sizes["latin1"] = 2*256 + 8*256
	total := sizes["latin1"]
	for _, t := range g.tables {
		total += t.bytes()
	}
	caseBytes := 20 * len(g.caseRanges)
	foldBytes := 8 * len(g.fold)
	total += caseBytes + foldBytes

	w.p("// Code generated by tools/gen_unicode.go; DO NOT EDIT.\n")
	w.p("// Regenerate with: go run tools/gen_unicode.go > stdlib/unicode_tables.cpp\n")
	w.p("// Source: package unicode of %s (Unicode %s), read through its exported API.\n", runtime.Version(), unicode.Version)
	w.p("//\n")
	w.p("// Runes 0..0xFF are answered by 256-entry tables. Above them, each class is a\n")
	w.p("// sorted list of non-overlapping strided ranges {lo, hi, stride} (16-bit for\n")
	w.p("// the BMP, 32-bit beyond), found by binary search; case mappings are ranges\n")
	w.p("// with a delta per case (or the alternating upper/lower pattern); SimpleFold\n")
	w.p("// is ToLower, else ToUpper, except for the runes listed in kFold.\n")
	w.p("//\n")
	w.p("// Table sizes in bytes (%d in all):\n", total)
	w.p("//   Latin-1 properties and mappings: %d\n", sizes["latin1"])
	for i, p := range predicates {
		t := g.tables[i]
		w.p("//   %-10s %5d  (%d + %d ranges)\n", p.name+":", t.bytes(), len(t.r16), len(t.r32))
	}
	w.p("//   case ranges: %d  (%d ranges)\n", caseBytes, len(g.caseRanges))
	w.p("//   fold exceptions: %d  (%d runes)\n", foldBytes, len(g.fold))
	w.p("// (isGraphic's table holds only the graphic runes that are not printable.)\n")
	w.raw(`
#include "stdlib/unicode_tables.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace goterp::unicode {
namespace {

struct Range16 {
  uint16_t lo, hi, stride;
};
struct Range32 {
  uint32_t lo, hi, stride;
};
struct Table {
  const Range16 *r16;
  uint32_t n16;
  const Range32 *r32;
  uint32_t n32;
};
struct CaseRange {
  uint32_t lo, hi;
  int32_t delta[3]; // ToUpper, ToLower, ToTitle; kAlt: alternating pairs
};
struct FoldPair {
  uint32_t from, to;
};
struct Latin1Map {
  uint16_t upper, lower, title, fold;
};

enum Case { kCaseUpper, kCaseLower, kCaseTitle };
constexpr int32_t kAlt = INT32_MIN;
constexpr char32_t kLatin1Max = 0xFF;

`)
	w.p("// Bits of kLatin1.\nenum : uint16_t {\n")
	for _, p := range predicates {
		w.p("  kBit%s = 1 << %d,\n", capitalize(p.name[2:]), p.bit)
	}
	w.p("};\n\n// clang-format off\n")

	w.p("constexpr uint16_t kLatin1[256] = {\n")
	var items []string
	for _, v := range g.latin1 {
		items = append(items, hex(uint32(v)))
	}
	w.list(items)
	w.p("};\n\n")

	w.p("constexpr Latin1Map kLatin1Map[256] = {\n")
	items = nil
	for _, m := range g.latin1Map {
		items = append(items, fmt.Sprintf("{%s, %s, %s, %s}", hex(uint32(m[0])), hex(uint32(m[1])), hex(uint32(m[2])), hex(uint32(m[3]))))
	}
	w.list(items)
	w.p("};\n\n")

	for i, p := range predicates {
		t := g.tables[i]
		base := "k" + capitalize(p.name[2:])
		r16, r32 := "nullptr", "nullptr"
		if len(t.r16) > 0 {
			r16 = base + "16"
			w.p("constexpr Range16 %s[] = {\n", r16)
			w.list(spanItems(t.r16))
			w.p("};\n")
		}
		if len(t.r32) > 0 {
			r32 = base + "32"
			w.p("constexpr Range32 %s[] = {\n", r32)
			w.list(spanItems(t.r32))
			w.p("};\n")
		}
		w.p("constexpr Table %s = {%s, %d, %s, %d};\n\n", base, r16, len(t.r16), r32, len(t.r32))
	}

	w.p("constexpr CaseRange kCaseRanges[] = {\n")
	items = nil
	for _, c := range g.caseRanges {
		var d [3]string
		for k, v := range c.delta {
			if v == alt {
				d[k] = "kAlt"
			} else {
				d[k] = fmt.Sprint(v)
			}
		}
		items = append(items, fmt.Sprintf("{%s, %s, {%s, %s, %s}}", hex(c.lo), hex(c.hi), d[0], d[1], d[2]))
	}
	w.list(items)
	w.p("};\n\n")

	w.p("// SimpleFold(r) for the runes above Latin-1 where it is not ToLower(r) if\n")
	w.p("// that differs from r, else ToUpper(r); sorted by r.\n")
	w.p("constexpr FoldPair kFold[] = {\n")
	items = nil
	for _, f := range g.fold {
		items = append(items, fmt.Sprintf("{%s, %s}", hex(f[0]), hex(f[1])))
	}
	w.list(items)
	w.p("};\n// clang-format on\n")

	w.raw(`
// The range of t containing r, if any: binary search for the last range
// starting at or below r.
template <class R> bool inRanges(const R *t, uint32_t n, uint32_t r) {
  const R *e = std::upper_bound(t, t + n, r, [](uint32_t v, const R &x) { return v < x.lo; });
  if (e == t) return false;
  --e;
  return r <= e->hi && (e->stride == 1 || (r - e->lo) % e->stride == 0);
}

// Whether r (above Latin-1) is in t.
bool in(const Table &t, char32_t r) {
  if (r <= 0xFFFF) return inRanges(t.r16, t.n16, r);
  return r <= MaxRune && inRanges(t.r32, t.n32, r);
}

// The case range containing r (above Latin-1), or nullptr.
const CaseRange *findCase(char32_t r) {
  const CaseRange *e = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r,
                                        [](char32_t v, const CaseRange &x) { return v < x.lo; });
  if (e == std::begin(kCaseRanges) || r > e[-1].hi) return nullptr;
  return e - 1;
}

// Case c of r, which is in e.
char32_t applyCase(const CaseRange &e, Case c, char32_t r) {
  int32_t d = e.delta[c];
  if (d == kAlt) return e.lo + (((r - e.lo) & ~1u) | (c == kCaseLower ? 1u : 0u));
  return r + static_cast<uint32_t>(d);
}

char32_t mapCase(Case c, char32_t r) {
  if (r <= kLatin1Max) {
    const Latin1Map &m = kLatin1Map[r];
    return c == kCaseUpper ? m.upper : c == kCaseLower ? m.lower : m.title;
  }
  const CaseRange *e = findCase(r);
  return e ? applyCase(*e, c, r) : r;
}

} // namespace

`)
	for _, p := range predicates {
		base := capitalize(p.name[2:])
		lookup := fmt.Sprintf("in(k%s, r)", base)
		if p.orElse >= 0 {
			lookup = fmt.Sprintf("in(k%s, r) || %s", capitalize(predicates[p.orElse].name[2:]), lookup)
		}
		body := fmt.Sprintf("return r <= kLatin1Max ? (kLatin1[r] & kBit%s) != 0 : %s;", base, lookup)
		if line := fmt.Sprintf("bool %s(char32_t r) { %s }", p.name, body); len(line) <= 120 {
			w.p("%s\n", line)
		} else {
			w.p("bool %s(char32_t r) {\n  %s\n}\n", p.name, body)
		}
	}
	w.raw(`
char32_t toUpper(char32_t r) { return mapCase(kCaseUpper, r); }
char32_t toLower(char32_t r) { return mapCase(kCaseLower, r); }
char32_t toTitle(char32_t r) { return mapCase(kCaseTitle, r); }

char32_t simpleFold(char32_t r) {
  if (r <= kLatin1Max) return kLatin1Map[r].fold;
  if (r > MaxRune) return r;
  const FoldPair *f =
      std::lower_bound(std::begin(kFold), std::end(kFold), r, [](const FoldPair &x, char32_t v) { return x.from < v; });
  if (f != std::end(kFold) && f->from == r) return f->to;
  const CaseRange *e = findCase(r);
  if (!e) return r;
  char32_t l = applyCase(*e, kCaseLower, r);
  return l != r ? l : applyCase(*e, kCaseUpper, r);
}

} // namespace goterp::unicode
`)
}

// ---- Golden digests -----------------------------------------------------------

// FNV-1a, 64 bits, over little-endian 32-bit words.
type fnv uint64

func newFNV() fnv { return 14695981039346656037 }

func (h *fnv) word(v uint32) {
	for i := 0; i < 4; i++ {
		*h ^= fnv(byte(v >> (8 * i)))
		*h *= 1099511628211
	}
}

// emitGolden prints, for each function, the number of inputs (runes
// 0..0x10FFFF, then the invalid values) where a predicate holds or a mapping
// changes its argument, and the FNV-1a digest of those inputs (and results).
func emitGolden(w writer) {
	in := allInputs()
	w.p("// Generated by go run tools/gen_unicode.go -golden (%s, Unicode %s).\n", runtime.Version(), unicode.Version)
	w.p("// {name, count, FNV-1a 64 digest} over runes 0..0x10FFFF and kInvalid.\n")
	w.p("// clang-format off\n")
	var items []string
	for _, v := range invalid {
		items = append(items, fmt.Sprintf("0x%X", v))
	}
	w.p("constexpr char32_t kInvalid[] = {%s};\n", strings.Join(items, ", "))
	w.p("const Golden kGolden[] = {\n")
	for _, p := range predicates {
		h, n := newFNV(), 0
		for _, r := range in {
			if p.goFn(rune(r)) {
				h.word(r)
				n++
			}
		}
		w.p("    {\"%s\", %d, 0x%016XULL},\n", p.name, n, uint64(h))
	}
	for _, m := range mappings {
		h, n := newFNV(), 0
		for _, r := range in {
			if v := uint32(m.goFn(rune(r))); v != r {
				h.word(r)
				h.word(v)
				n++
			}
		}
		w.p("    {\"%s\", %d, 0x%016XULL},\n", m.name, n, uint64(h))
	}
	w.p("};\n")
	w.p("// clang-format on\n")
}

func main() {
	golden := flag.Bool("golden", false, "print digests for tests/unicode_test.cpp instead of the tables")
	flag.Parse()
	w := writer{bufio.NewWriter(os.Stdout)}
	defer w.Flush()
	if *golden {
		emitGolden(w)
		return
	}
	g := build()
	g.check()
	g.emit(w)
}
