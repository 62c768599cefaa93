// Formatter: Format methods receive the verb and a State with the flags, width and precision.
package main

import (
	"fmt"
	"strings"
)

type F struct{ v int }

func (x F) Format(s fmt.State, verb rune) {
	var b strings.Builder
	b.WriteString("F[")
	b.WriteRune(verb)
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := s.Width(); ok {
		fmt.Fprintf(&b, " w=%d", w)
	}
	if p, ok := s.Precision(); ok {
		fmt.Fprintf(&b, " p=%d", p)
	}
	fmt.Fprintf(&b, " v=%d]", x.v)
	s.Write([]byte(b.String()))
}

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type PF struct{}

func (*PF) Format(f fmt.State, verb rune) { fmt.Fprint(f, "ptr-format") }

type Both struct{}

func (Both) Format(f fmt.State, verb rune) { f.Write([]byte("formatted")) }
func (Both) String() string                { return "stringed" }
func (Both) GoString() string              { return "gostringed" }

func main() {
	x := F{7}
	fmt.Printf("%v|%+v|%#v|%d|%s|%x\n", x, x, x, x, x, x)
	fmt.Printf("%5d|%-8.3v|%+#0 q|%.0f|%08.2x\n", x, x, x, x, x)
	fmt.Printf("%[1]*[2]d|%.*[2]d|%[2]T\n", 4, x)
	fmt.Println(x, []F{{1}, {2}}, map[string]F{"k": {3}})
	fmt.Print(x, "\n")
	fmt.Printf("%v %s %d %x\n", Money{1234}, Money{5}, Money{99}, Money{1})
	fmt.Println(struct {
		M Money
		m Money
	}{Money{100}, Money{200}})
	fmt.Println(&PF{}, PF{} == PF{})
	fmt.Printf("%v %s %#v\n", Both{}, Both{}, Both{})
	fmt.Printf("%T %p\n", Both{}, Both{})
	s := fmt.Sprintf("%v", []interface{}{F{1}, Money{250}})
	fmt.Println(s)
	fmt.Println(fmt.Sprint(F{3}), fmt.Sprintln(F{4}) == "F[v v=4]\n")
	fmt.Printf("%!|%z\n", F{5}, F{6})
}

// Output:
// F[v v=7]|F[v+ v=7]|F[v# v=7]|F[d v=7]|F[s v=7]|F[x v=7]
// F[d w=5 v=7]|F[v- w=8 p=3 v=7]|F[q+# 0 v=7]|F[f p=0 v=7]|F[x0 w=8 p=2 v=7]
// F[d w=4 v=7]|%!(BADPREC)F[d v=7]|main.F
// F[v v=7] [F[v v=1] F[v v=2]] map[k:F[v v=3]]
// F[v v=7]
// $12.34 $0.05 99 %!x(Money)
// {$1.00 {200}}
// ptr-format true
// formatted formatted formatted
// main.Both %!p(main.Both={})
// [F[v v=1] $2.50]
// F[v v=3] true
// F[! v=5]|F[z v=6]
