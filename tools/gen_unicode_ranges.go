//go:build ignore

// gen_unicode_ranges generates the range tables of package unicode for
// goterp: the data part of stdlib/unicode.cpp and the variable declarations
// of stdlib/go/unicode.go, each between its "BEGIN GENERATED"/"END
// GENERATED" markers, from the tables of the Go toolchain that runs it
// (Go 1.19). From the repository root:
//
//	go run tools/gen_unicode_ranges.go stdlib/unicode.cpp stdlib/go/unicode.go
package main

import (
	"bufio"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode"
)

// The exported variables that are not keys of Categories, Scripts or
// Properties, and the key whose table each one shares.
var aliases = [][2]string{
	{"Digit", "Nd"}, {"Letter", "L"}, {"Lower", "Ll"}, {"Mark", "M"}, {"Number", "N"},
	{"Other", "C"}, {"Punct", "P"}, {"Space", "Z"}, {"Symbol", "S"}, {"Title", "Lt"}, {"Upper", "Lu"},
}

type table struct {
	t    *unicode.RangeTable
	name string // the Go variable holding it
	idx  int
}

var (
	tables []*table
	byPtr  = map[*unicode.RangeTable]*table{}
)

func add(name string, t *unicode.RangeTable) *table {
	if e := byPtr[t]; e != nil {
		return e
	}
	e := &table{t, name, len(tables)}
	tables = append(tables, e)
	byPtr[t] = e
	return e
}

func sortedKeys(m map[string]*unicode.RangeTable) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func replaceRegion(path, text string) {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	s := string(b)
	const begin, end = "BEGIN GENERATED", "END GENERATED"
	i := strings.Index(s, begin)
	j := strings.Index(s, end)
	if i < 0 || j < i {
		panic(path + ": no generated region")
	}
	i += strings.IndexByte(s[i:], '\n') + 1
	j = strings.LastIndexByte(s[:j], '\n') + 1
	out := []byte(s[:i] + text + s[j:])
	if strings.HasSuffix(path, ".go") {
		if out, err = format.Source(out); err != nil {
			panic(err)
		}
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		panic(err)
	}
}

func main() {
	maps := []struct {
		name string
		m    map[string]*unicode.RangeTable
	}{
		{"Categories", unicode.Categories}, {"Scripts", unicode.Scripts}, {"Properties", unicode.Properties},
		{"FoldCategory", unicode.FoldCategory}, {"FoldScript", unicode.FoldScript},
	}
	exported := map[string]bool{}
	for _, m := range maps[:3] {
		for _, k := range sortedKeys(m.m) {
			add(k, m.m[k])
			exported[k] = true
		}
	}
	for _, m := range maps[3:] {
		for _, k := range sortedKeys(m.m) {
			add("fold"+k, m.m[k])
		}
	}
	for _, a := range aliases {
		exported[a[0]] = true
	}
	// Check against the API: every exported *RangeTable variable is known.
	api, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "api", "go1*.txt"))
	nAPI := 0
	for _, p := range api {
		f, _ := os.Open(p)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "pkg unicode, var ") && strings.HasSuffix(line, " *RangeTable") {
				name := strings.Fields(line)[3]
				if !exported[name] {
					panic("unknown table " + name)
				}
				nAPI++
			}
		}
		f.Close()
	}
	if nAPI != len(exported) {
		panic(fmt.Sprint("api has ", nAPI, " tables, generator ", len(exported)))
	}

	// Each table's variables: its name, then its aliases.
	vars := map[*table][]string{}
	for _, e := range tables {
		if exported[e.name] {
			vars[e] = []string{e.name}
		}
	}
	for _, a := range aliases {
		e := byPtr[unicode.Categories[a[1]]]
		vars[e] = append(vars[e], a[0])
	}

	// C++ data.
	var c strings.Builder
	fmt.Fprintf(&c, "// Generated from Go %s's package unicode (Unicode %s) by\n", runtime.Version(), unicode.Version)
	c.WriteString("// tools/gen_unicode_ranges.go. Not const: Go programs may write to the tables.\n// clang-format off\n")
	var r16 []uint16
	var r32 []uint32
	type desc struct{ o16, n16, o32, n32, lo int }
	var descs []desc
	for _, e := range tables {
		d := desc{len(r16) / 3, len(e.t.R16), len(r32) / 3, len(e.t.R32), e.t.LatinOffset}
		for _, r := range e.t.R16 {
			r16 = append(r16, r.Lo, r.Hi, r.Stride)
		}
		for _, r := range e.t.R32 {
			r32 = append(r32, r.Lo, r.Hi, r.Stride)
		}
		descs = append(descs, d)
	}
	c.WriteString("uint16_t kR16[] = {\n")
	for i := 0; i < len(r16); i += 24 {
		var parts []string
		for j := i; j < i+24 && j < len(r16); j++ {
			parts = append(parts, fmt.Sprintf("0x%x", r16[j]))
		}
		c.WriteString(strings.Join(parts, ",") + ",\n")
	}
	c.WriteString("};\nuint32_t kR32[] = {\n")
	for i := 0; i < len(r32); i += 18 {
		var parts []string
		for j := i; j < i+18 && j < len(r32); j++ {
			parts = append(parts, fmt.Sprintf("0x%x", r32[j]))
		}
		c.WriteString(strings.Join(parts, ",") + ",\n")
	}
	c.WriteString("};\n// Per table: first Range16, count, first Range32, count, LatinOffset, Go variables.\nconst TableDesc kTables[] = {\n")
	for i, d := range descs {
		fmt.Fprintf(&c, "{%d,%d,%d,%d,%d,%q},\n", d.o16, d.n16, d.o32, d.n32, d.lo, strings.Join(vars[tables[i]], " "))
	}
	c.WriteString("};\n")
	for _, m := range maps {
		fmt.Fprintf(&c, "const MapEntry k%s[] = {\n", m.name)
		for _, k := range sortedKeys(m.m) {
			fmt.Fprintf(&c, "{%q,%d},", k, byPtr[m.m[k]].idx)
		}
		c.WriteString("\n};\n")
	}
	for _, l := range []struct {
		name string
		ts   []*unicode.RangeTable
	}{{"GraphicRanges", unicode.GraphicRanges}, {"PrintRanges", unicode.PrintRanges}} {
		fmt.Fprintf(&c, "const uint16_t k%s[] = {", l.name)
		for _, t := range l.ts {
			fmt.Fprintf(&c, "%d,", byPtr[t].idx)
		}
		c.WriteString("};\n")
	}
	c.WriteString("// CaseRanges: Lo, Hi, Delta[UpperCase], Delta[LowerCase], Delta[TitleCase].\nint32_t kCaseRanges[] = {\n")
	for i, cr := range unicode.CaseRanges {
		fmt.Fprintf(&c, "0x%x,0x%x,%d,%d,%d,", cr.Lo, cr.Hi, cr.Delta[0], cr.Delta[1], cr.Delta[2])
		if i%4 == 3 || i == len(unicode.CaseRanges)-1 {
			c.WriteString("\n")
		}
	}
	c.WriteString("};\n// clang-format on\n")

	// Go declarations.
	var names []string
	for n := range exported {
		names = append(names, n)
	}
	sort.Strings(names)
	var g strings.Builder
	fmt.Fprintf(&g, "// Generated from Go %s's package unicode. The variables are set by\n", runtime.Version())
	g.WriteString("// initTables from the data of stdlib/unicode.cpp (declaring them without\n")
	g.WriteString("// initialisers keeps this file short: it is parsed by every program).\n\nvar (\n\t")
	for i, n := range names {
		g.WriteString(n)
		if i < len(names)-1 {
			g.WriteString(",")
			if i%8 == 7 {
				g.WriteString("\n\t\t")
			} else {
				g.WriteString(" ")
			}
		}
	}
	g.WriteString(" *RangeTable\n\n\tCategories, Scripts, Properties, FoldCategory, FoldScript map[string]*RangeTable\n")
	g.WriteString("\n\tGraphicRanges, PrintRanges []*RangeTable\n\n\tCaseRanges []CaseRange\n)\n\n")
	g.WriteString("func initTables()\n\nfunc init() { initTables() }\n")
	g.WriteString("\nvar _TurkishCase = SpecialCase{\n")
	for _, cr := range unicode.TurkishCase {
		fmt.Fprintf(&g, "\tCaseRange{0x%04x, 0x%04x, d{%d, %d, %d}},\n", cr.Lo, cr.Hi, cr.Delta[0], cr.Delta[1], cr.Delta[2])
	}
	g.WriteString("}\n\nvar (\n\tTurkishCase = _TurkishCase\n\tAzeriCase   = _TurkishCase\n)\n")

	replaceRegion(os.Args[1], c.String())
	replaceRegion(os.Args[2], g.String())
}
