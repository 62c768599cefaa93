package main

import (
	"errors"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return "Level(" + fmt.Sprint(int(l)) + ")"
}

type Node struct {
	Name     string
	Children []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	var parts []string
	for _, c := range n.Children {
		parts = append(parts, c.String())
	}
	if len(parts) == 0 {
		return n.Name
	}
	return n.Name + "(" + strings.Join(parts, " ") + ")"
}

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Money struct {
	Cents int64
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Ledger struct {
	Owner   string
	Balance Money
	Level   Level
	Tags    map[string]Level
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	fmt.Println(Debug, Info, Error, Level(7))
	fmt.Printf("%v %d %s %q %x\n", Warn, Warn, Warn, Warn, Warn)
	tree := &Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"c", nil}}}}}
	fmt.Println(tree)
	fmt.Printf("%v %s\n", tree.Children[1], tree.Children[0])
	var nn *Node
	fmt.Println(nn)
	fmt.Printf("%v|%s\n", nn, nn)
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	l := Ledger{"ann", Money{12345}, Warn, map[string]Level{"x": Error, "a": Debug}}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Println([]Money{{5}, {100}}, map[Money]bool{{1}: true})
	fmt.Println([]Level{Info, Warn}, [2]Level{})
	var err error = MyErr{42}
	wrapped := fmt.Errorf("ctx: %w", err)
	var me MyErr
	fmt.Println(errors.As(wrapped, &me), me.Code, wrapped)
	fmt.Printf("%v %s %q %+v %#v\n", err, err, err, wrapped, err)
	fmt.Printf("%v %d\n", Money{-250}, Money{7})
	fmt.Println(fmt.Sprintf("%6s|%-8v|%8v", Info, Warn, Money{99}))
	type pair struct {
		L Level
		M *Money
	}
	fmt.Printf("%v %+v\n", pair{Error, nil}, pair{L: Info})
	var s fmt.Stringer
	fmt.Println(s == nil, s)
	s = nn
	fmt.Println(s == nil, s)
}

// Output:
// DEBUG INFO ERROR Level(7)
// WARN 1 WARN "WARN" 5741524e
// root(a b(c))
// b(c) a
// nil-node
// nil-node|nil-node
// %!v(PANIC=String method: boom)
// %!s(PANIC=String method: boom)|{}
// {ann $123.45 WARN map[a:DEBUG x:ERROR]}
// {Owner:ann Balance:$123.45 Level:WARN Tags:map[a:DEBUG x:ERROR]}
// [$0.05 $1.00] map[$0.01:true]
// [INFO WARN] [INFO INFO]
// true 42 ctx: code 42
// code 42 code 42 "code 42" ctx: code 42 main.MyErr{Code:42}
// $-2.-50 {7}
//   INFO|WARN    |   $0.99
// {ERROR <nil>} {L:INFO M:<nil>}
// true <nil>
// false nil-node
