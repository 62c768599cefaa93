package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type Task struct {
	Pri  int
	Name string
	seq  int
}

type PQ struct {
	items []Task
	seq   int
}

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Pri != b.Pri {
		return a.Pri > b.Pri
	}
	return a.seq < b.seq
}

func (q *PQ) Push(pri int, name string) {
	q.seq++
	q.items = append(q.items, Task{pri, name, q.seq})
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, m) {
			m = l
		}
		if r < len(q.items) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func (q PQ) Len() int { return len(q.items) }

func main() {
	rng := rand.New(rand.NewSource(42))
	q := &PQ{}
	names := []string{"write", "read", "sync", "flush", "close", "open"}
	for i := 0; i < 12; i++ {
		q.Push(rng.Intn(5), names[i%len(names)])
	}
	fmt.Println("len", q.Len())
	var order []string
	for {
		t, ok := q.Pop()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%d:%s#%d", t.Pri, t.Name, t.seq))
	}
	fmt.Println(order)
	nums := rng.Perm(10)
	fmt.Println(nums)
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums, sort.IsSorted(sort.IntSlice(nums)))
	floats := []float64{rng.Float64(), rng.Float64(), 0.5}
	sort.Float64s(floats)
	fmt.Printf("%.4f\n", floats)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	idx := sort.Search(len(people), func(i int) bool { return people[i].Age >= 30 })
	fmt.Println(idx, sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchStrings([]string{"a", "c"}, "d"))
	fmt.Println(rand.New(rand.NewSource(7)).Int63(), rng.Int31n(100), rng.Uint32())
	rand.Seed(1)
	fmt.Println(rand.Intn(1000), rand.Intn(1000))
	r2 := rand.New(rand.NewSource(99))
	deck := []string{"A", "K", "Q", "J", "10"}
	r2.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, r2.NormFloat64() != 0, r2.ExpFloat64() > 0)
}

// Output:
// len 12
// [4:close#11 3:sync#3 3:close#5 3:sync#9 3:flush#10 2:read#2 2:write#7 2:open#12 1:read#8 0:write#1 0:flush#4 0:open#6]
// [7 3 4 6 9 5 0 8 1 2]
// [9 8 7 6 5 4 3 2 1 0] false
// [0.2271 0.2866 0.5000]
// [{B 25} {D 25} {A 30} {C 30} {E 40}]
// 2 2 2
// 8475284246537043955 44 180293723
// 81 887
// [A 10 J Q K] true true
