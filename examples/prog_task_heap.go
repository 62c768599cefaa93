// prog_task_heap.go: a hand-written priority queue with index tracking, Sscanf, sort.Reverse.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Deadline int
	index    int
}

type PQ []*Task

func (pq PQ) less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Deadline < pq[j].Deadline
}

func (pq *PQ) Push(t *Task) {
	t.index = len(*pq)
	*pq = append(*pq, t)
	pq.up(t.index)
}

func (pq *PQ) Pop() *Task {
	old := *pq
	n := len(old) - 1
	old.swap(0, n)
	t := old[n]
	*pq = old[:n]
	pq.down(0)
	t.index = -1
	return t
}

func (pq PQ) swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq PQ) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !pq.less(j, i) {
			break
		}
		pq.swap(i, j)
		j = i
	}
}

func (pq PQ) down(i int) {
	n := len(pq)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		j := l
		if r := l + 1; r < n && pq.less(r, l) {
			j = r
		}
		if !pq.less(j, i) {
			break
		}
		pq.swap(i, j)
		i = j
	}
}

func (pq *PQ) Update(t *Task, prio int) {
	t.Priority = prio
	pq.up(t.index)
	pq.down(t.index)
}

func main() {
	pq := &PQ{}
	tasks := map[string]*Task{}
	input := "write:2:10 test:5:3 deploy:1:20 review:5:1 lunch:3:5 email:2:2"
	for _, f := range strings.Fields(input) {
		parts := strings.Split(f, ":")
		var p, d int
		fmt.Sscanf(parts[1]+" "+parts[2], "%d %d", &p, &d)
		t := &Task{Name: parts[0], Priority: p, Deadline: d}
		tasks[t.Name] = t
		pq.Push(t)
	}
	pq.Update(tasks["deploy"], 9)
	var order []string
	for len(*pq) > 0 {
		t := pq.Pop()
		order = append(order, fmt.Sprintf("%s(p%d,d%d)", t.Name, t.Priority, t.Deadline))
	}
	fmt.Println(strings.Join(order, " > "))
	names := make([]string, 0, len(tasks))
	for n := range tasks {
		names = append(names, n)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 4))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, tasks["lunch"].index)
}

// Output:
// deploy(p9,d20) > review(p5,d1) > test(p5,d3) > lunch(p3,d5) > email(p2,d2) > write(p2,d10)
// [write test review lunch email deploy]
// [9 8 5 3 2 1] 2
// [-1 0 2.5 3.25] -1
