// prog_graph_dijkstra_topo.go: a weighted graph: BFS, Dijkstra with math.MaxInt, topological sort with cycle detection.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nb := g.adj[n]
		sort.Slice(nb, func(i, j int) bool { return nb[i].To < nb[j].To })
		for _, e := range nb {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(dist) {
		best, bd := "", math.MaxInt
		for _, n := range g.Nodes() {
			if !done[n] && dist[n] < bd {
				best, bd = n, dist[n]
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g.adj[best] {
			if nd := bd + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func topo(deps map[string][]string) ([]string, error) {
	state := map[string]int{}
	var out []string
	var visit func(n string, stack []string) error
	visit = func(n string, stack []string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle: %s", strings.Join(append(stack, n), " -> "))
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d, append(stack, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		out = append(out, n)
		return nil
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := visit(k, nil); err != nil {
			return out, err
		}
	}
	return out, nil
}

func main() {
	g := NewGraph()
	for _, e := range []struct {
		a, b string
		w    int
	}{{"A", "B", 4}, {"A", "C", 2}, {"B", "C", 5}, {"B", "D", 10}, {"C", "E", 3}, {"E", "D", 4}, {"D", "F", 11}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	g.adj["Z"] = nil
	fmt.Println("nodes:", g.Nodes())
	fmt.Println("bfs:", g.BFS("A"))
	dist, prev := g.Dijkstra("A")
	for _, n := range g.Nodes() {
		d := dist[n]
		if d == math.MaxInt {
			fmt.Printf("%s: unreachable (%d)\n", n, d)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, d, path(prev, n))
	}
	order, err := topo(map[string][]string{
		"app": {"lib", "log"}, "lib": {"core"}, "log": {"core", "fmt"}, "core": {}, "fmt": nil,
	})
	fmt.Println(order, err)
	order, err = topo(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}})
	fmt.Println(order, err)
}

// Output:
// nodes: [A B C D E F Z]
// bfs: [A B C D E F]
// A:  0 via A
// B:  4 via A->B
// C:  2 via A->C
// D:  9 via A->C->E->D
// E:  5 via A->C->E
// F: 20 via A->C->E->D->F
// Z: unreachable (9223372036854775807)
// [core lib fmt log app] <nil>
// [] cycle: a -> b -> c -> a
