// switch_forms.go: expression switches with and without a tag, init statements, lists of cases and fallthrough.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func dayKind(d string) string {
	switch d {
	case "sat", "sun":
		return "weekend"
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	}
	return "unknown"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	case 2:
		out = append(out, "two-or-fell")
	case 3:
		out = append(out, "three")
	default:
		out = append(out, "default")
	}
	return out
}

func next() int {
	fmt.Println("  evaluating tag")
	return 2
}

func caseVal(v int) int {
	fmt.Println("  evaluating case", v)
	return v
}

func main() {
	for _, n := range []int{-5, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for _, d := range []string{"sat", "wed", "xyz"} {
		fmt.Println(d, dayKind(d))
	}
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}

	// Switch with an init statement; the tag is evaluated once, cases in order until a match.
	switch x := next(); x {
	case caseVal(1), caseVal(2):
		fmt.Println("matched", x)
	case caseVal(3):
		fmt.Println("not reached")
	}

	// default may appear anywhere; it runs only if nothing matches.
	switch c := 'b'; c {
	default:
		fmt.Println("default")
	case 'a':
		fmt.Println("a")
	case 'b':
		fmt.Println("b")
	}

	// Switch on a value with an init statement and no tag.
	switch r := 17 % 5; {
	case r > 1:
		fmt.Println("remainder", r, "> 1")
	}

	// Switch on types that are comparable: structs and bools.
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{0, 0}:
		fmt.Println("origin")
	case pt{1, 2}:
		fmt.Println("one-two")
	}
	switch true {
	case 1 > 2:
		fmt.Println("no")
	case 2 > 1:
		fmt.Println("yes")
	}
}

// Output:
// -5 negative
// 0 zero
// 7 small
// 42 large
// sat weekend
// wed weekday
// xyz unknown
// 0 [zero one-or-fell two-or-fell]
// 1 [one-or-fell two-or-fell]
// 2 [two-or-fell]
// 3 [three]
// 4 [default]
//   evaluating tag
//   evaluating case 1
//   evaluating case 2
// matched 2
// b
// remainder 2 > 1
// one-two
// yes
