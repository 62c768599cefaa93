// prog_maze_struct_keys.go: BFS through a maze with struct map keys; maps keyed by structs with arrays, interfaces of mixed dynamic types, and pointers.
package main

import (
	"fmt"
	"sort"
)

type Coord struct{ R, C int }

type Key struct {
	Name string
	Pos  Coord
	Tag  [2]byte
}

type Grid map[Coord]rune

func (g Grid) Neighbors(c Coord) []Coord {
	var out []Coord
	for _, d := range [...]Coord{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		n := Coord{c.R + d.R, c.C + d.C}
		if _, ok := g[n]; ok {
			out = append(out, n)
		}
	}
	return out
}

func main() {
	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"##.##.#.",
		"...#..#E",
	}
	g := Grid{}
	var start, end Coord
	for r, row := range maze {
		for c, ch := range row {
			if ch == '#' {
				continue
			}
			g[Coord{r, c}] = ch
			if ch == 'S' {
				start = Coord{r, c}
			} else if ch == 'E' {
				end = Coord{r, c}
			}
		}
	}
	dist := map[Coord]int{start: 0}
	prev := map[Coord]Coord{}
	q := []Coord{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, n := range g.Neighbors(cur) {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				q = append(q, n)
			}
		}
	}
	fmt.Println("distance:", dist[end])
	path := map[Coord]bool{}
	for c := end; c != start; c = prev[c] {
		path[c] = true
	}
	for r, row := range maze {
		line := []rune(row)
		for c := range line {
			if path[Coord{r, c}] && line[c] == '.' {
				line[c] = '*'
			}
		}
		fmt.Println(string(line))
	}
	counts := map[Key]int{}
	counts[Key{"a", Coord{1, 2}, [2]byte{'x', 'y'}}]++
	counts[Key{"a", Coord{1, 2}, [2]byte{'x', 'y'}}]++
	counts[Key{"a", Coord{2, 1}, [2]byte{'x', 'y'}}]++
	counts[Key{Name: "b"}] += 5
	keys := make([]Key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if a.Pos.R != b.Pos.R {
			return a.Pos.R < b.Pos.R
		}
		return a.Pos.C < b.Pos.C
	})
	for _, k := range keys {
		fmt.Printf("%+v => %d\n", k, counts[k])
	}
	fmt.Println(counts)
	type pair struct {
		a interface{}
		b string
	}
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Coord{1, 1}: "coord", [2]int{1, 1}: "array", true: "bool", int8(1): "int8"}
	fmt.Println(len(im), im[1], im[int8(1)], im[Coord{1, 1}], im[[2]int{1, 1}], im[uint(1)] == "")
	pm := map[pair]int{{1, "x"}: 1, {"1", "x"}: 2}
	fmt.Println(pm[pair{1, "x"}], pm[pair{"1", "x"}], pm[pair{nil, ""}])
	arrKey := map[[3]string]bool{{"a", "b", "c"}: true}
	fmt.Println(arrKey[[3]string{"a", "b", "c"}], arrKey[[3]string{"a", "b"}])
	ptrs := map[*Coord]string{}
	c1, c2 := &Coord{1, 1}, &Coord{1, 1}
	ptrs[c1] = "one"
	ptrs[c2] = "two"
	fmt.Println(len(ptrs), ptrs[c1], *c1 == *c2, c1 == c2)
	delete(ptrs, c1)
	delete(ptrs, &Coord{})
	fmt.Println(len(ptrs))
}

// Output:
// distance: 15
// S.#*****
// *##*###*
// ****#..*
// ##.##.#*
// ...#..#E
// {Name:a Pos:{R:1 C:2} Tag:[120 121]} => 2
// {Name:a Pos:{R:2 C:1} Tag:[120 121]} => 1
// {Name:b Pos:{R:0 C:0} Tag:[0 0]} => 5
// map[{a {1 2} [120 121]}:2 {a {2 1} [120 121]}:1 {b {0 0} [0 0]}:5]
// 7 int int8 coord array true
// 1 2 0
// true false
// 2 one true false
// 1
