// Package sort. The sorting algorithms are native (stdlib/sort.cpp): the
// same pattern-defeating quicksort and SymMerge stable sort as Go 1.19, call
// for call, so that the order of equal elements and the sequence of Less
// and Swap calls are Go's. Searching is written in Go.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface)

// Stable sorts data, keeping the original order of equal elements.
func Stable(data Interface)

func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// ---- Sorting slices with a less function ----

// valueError is the panic of reflect's functions on a value of the wrong kind.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// sliceLen returns the length of x, or -1 and the kind of x: x must be a
// slice if strict (reflect.Swapper), else it may be anything reflect's
// Value.Len accepts (a string, array or map too).
func sliceLen(x any, strict bool) (int, string)

func lenOf(x any, method string) int {
	n, kind := sliceLen(x, method == "Swapper")
	if n < 0 {
		panic(&valueError{method, kind})
	}
	return n
}

func sortSlice(x any, n int, less func(i, j int) bool)

func stableSlice(x any, n int, less func(i, j int) bool)

func Slice(x any, less func(i, j int) bool) {
	sortSlice(x, lenOf(x, "Swapper"), less)
}

func SliceStable(x any, less func(i, j int) bool) {
	stableSlice(x, lenOf(x, "Swapper"), less)
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := lenOf(x, "reflect.Value.Len") - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// ---- Convenience types and functions ----

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Float64s(x) }
func (p Float64Slice) Search(x float64) int {
	return SearchFloat64s(p, x)
}

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

func Ints(x []int)

func Float64s(x []float64)

func Strings(x []string)

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// ---- Searching ----

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false up to some index and true from there on; n if none.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest index i at which cmp(i) <= 0, and whether
// cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func SearchInts(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] >= x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func SearchFloat64s(a []float64, x float64) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] >= x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func SearchStrings(a []string, x string) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] >= x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
