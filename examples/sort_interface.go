// sort_interface.go: implementing sort.Interface (Len, Less, Swap) and using sort.Sort, sort.Stable and sort.Reverse.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Track struct {
	Title  string
	Artist string
	Year   int
}

type byYear []Track

func (t byYear) Len() int           { return len(t) }
func (t byYear) Less(i, j int) bool { return t[i].Year < t[j].Year }
func (t byYear) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

// Multi-key sorting with a custom comparator list.
type multiSorter struct {
	tracks []Track
	less   []func(a, b *Track) bool
}

func (m *multiSorter) Len() int      { return len(m.tracks) }
func (m *multiSorter) Swap(i, j int) { m.tracks[i], m.tracks[j] = m.tracks[j], m.tracks[i] }
func (m *multiSorter) Less(i, j int) bool {
	p, q := &m.tracks[i], &m.tracks[j]
	for _, f := range m.less {
		switch {
		case f(p, q):
			return true
		case f(q, p):
			return false
		}
	}
	return false
}

// Case-insensitive string sort.
type caseless []string

func (c caseless) Len() int           { return len(c) }
func (c caseless) Less(i, j int) bool { return strings.ToLower(c[i]) < strings.ToLower(c[j]) }
func (c caseless) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

func show(ts []Track) {
	for _, t := range ts {
		fmt.Printf("  %-12s %-8s %d\n", t.Title, t.Artist, t.Year)
	}
}

func main() {
	tracks := []Track{
		{"Go", "Delilah", 2012},
		{"Go", "Moby", 1992},
		{"Go Ahead", "Keys", 2007},
		{"Ready 2 Go", "Martin", 2011},
		{"Gopher", "Moby", 2007},
		{"Let It Go", "Idina", 2013},
	}

	stable := append([]Track(nil), tracks...)
	sort.Stable(byYear(stable))
	fmt.Println("stable by year:")
	show(stable)

	rev := append([]Track(nil), tracks...)
	sort.Sort(sort.Reverse(byYear(rev)))
	fmt.Println("reverse by year (years only):")
	for _, t := range rev {
		fmt.Print(t.Year, ";")
	}
	fmt.Println()

	ms := &multiSorter{
		tracks: append([]Track(nil), tracks...),
		less: []func(a, b *Track) bool{
			func(a, b *Track) bool { return a.Artist < b.Artist },
			func(a, b *Track) bool { return a.Year > b.Year },
			func(a, b *Track) bool { return a.Title < b.Title },
		},
	}
	sort.Sort(ms)
	fmt.Println("by artist, year desc, title:")
	show(ms.tracks)
	fmt.Println(sort.IsSorted(ms), sort.IsSorted(byYear(tracks)))

	words := caseless{"banana", "Apple", "cherry", "apple2", "Banana0"}
	sort.Sort(words)
	fmt.Println(words)

	// sort.IntSlice and friends implement sort.Interface too.
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1))
}

// Output:
// stable by year:
//   Go           Moby     1992
//   Go Ahead     Keys     2007
//   Gopher       Moby     2007
//   Ready 2 Go   Martin   2011
//   Go           Delilah  2012
//   Let It Go    Idina    2013
// reverse by year (years only):
// 2013;2012;2011;2007;2007;1992;
// by artist, year desc, title:
//   Go           Delilah  2012
//   Let It Go    Idina    2013
//   Go Ahead     Keys     2007
//   Ready 2 Go   Martin   2011
//   Gopher       Moby     2007
//   Go           Moby     1992
// true false
// [Apple apple2 banana Banana0 cherry]
// [1 2 3] 3 true
