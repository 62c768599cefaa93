// prog_game_of_life.go: Conway's Game of Life on a small toroidal grid, printing a glider over several generations.
package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || (g[r][c] && n == 2)
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Population() int {
	n := 0
	for _, row := range g {
		for _, alive := range row {
			if alive {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		g[p[0]][p[1]] = true
	}
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (population %d)\n", gen, g.Population())
		fmt.Print(g)
		g = g.Step()
	}
	// On a torus the glider eventually comes back to the same position.
	start := g
	steps := 0
	for {
		g = g.Step()
		steps++
		if g == start || steps > 100 {
			break
		}
	}
	fmt.Println("glider returns after", steps, "steps")
}

// Output:
// generation 0 (population 5)
// .#......
// ..#.....
// ###.....
// ........
// ........
// ........
// generation 1 (population 5)
// ........
// #.#.....
// .##.....
// .#......
// ........
// ........
// generation 2 (population 5)
// ........
// ..#.....
// #.#.....
// .##.....
// ........
// ........
// generation 3 (population 5)
// ........
// .#......
// ..##....
// .##.....
// ........
// ........
// generation 4 (population 5)
// ........
// ..#.....
// ...#....
// .###....
// ........
// ........
// glider returns after 96 steps
