// prog_expr_eval.go: a small tokenizer and recursive-descent evaluator for arithmetic with variables; errors via panic/recover.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type token struct {
	kind string // "num", "ident", "op" or "eof"
	text string
	pos  int
}

func tokenize(src string) ([]token, error) {
	var toks []token
	for i := 0; i < len(src); {
		c, start := rune(src[i]), i
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
				i++
			}
			toks = append(toks, token{"num", src[start:i], start})
		case unicode.IsLetter(c):
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || unicode.IsDigit(rune(src[i]))) {
				i++
			}
			toks = append(toks, token{"ident", src[start:i], start})
		case strings.ContainsRune("+-*/%^()", c):
			i++
			toks = append(toks, token{"op", string(c), start})
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return append(toks, token{"eof", "", len(src)}), nil
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
}

func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) accept(ops string) (string, bool) {
	if t := p.toks[p.pos]; t.kind == "op" && strings.Contains(ops, t.text) {
		p.pos++
		return t.text, true
	}
	return "", false
}

// binary parses the left-associative levels: 0 is "+ -", 1 is "* / %", 2 is a unary expression.
func (p *parser) binary(level int) float64 {
	if level == 2 {
		return p.unary()
	}
	v := p.binary(level + 1)
	for {
		op, ok := p.accept([...]string{"+-", "*/%"}[level])
		if !ok {
			return v
		}
		v = apply[op](v, p.binary(level+1))
	}
}

var apply = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 {
		if b == 0 {
			panic(fmt.Errorf("division by zero"))
		}
		return a / b
	},
	"%": func(a, b float64) float64 { return float64(int(a) % int(b)) }, // zero divisor: runtime panic
}

// unary := '-' unary | primary ['^' unary]   ('^' is right-associative)
func (p *parser) unary() float64 {
	if _, ok := p.accept("-"); ok {
		return -p.unary()
	}
	base := p.primary()
	if _, ok := p.accept("^"); ok {
		result, exp := 1.0, p.unary()
		for i := 0; i < int(exp); i++ {
			result *= base
		}
		return result
	}
	return base
}

func (p *parser) primary() float64 {
	t := p.next()
	switch {
	case t.kind == "num":
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case t.kind == "ident":
		if v, ok := p.vars[t.text]; ok {
			return v
		}
		panic(fmt.Errorf("undefined variable %s", t.text))
	case t.text == "(":
		v := p.binary(0)
		if _, ok := p.accept(")"); !ok {
			panic(fmt.Errorf("missing ) for ( at %d", t.pos))
		}
		return v
	}
	panic(fmt.Errorf("unexpected %s %q at %d", t.kind, t.text, t.pos))
}

func eval(src string, vars map[string]float64) (result float64, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error) // our own errors and runtime errors alike
		}
	}()
	p := &parser{toks: toks, vars: vars}
	result = p.binary(0)
	if t := p.next(); t.kind != "eof" {
		return 0, fmt.Errorf("trailing input at %d", t.pos)
	}
	return result, nil
}

func main() {
	toks, _ := tokenize("3 + x1*(2 - 0.5)")
	var shown []string
	for _, t := range toks {
		shown = append(shown, fmt.Sprintf("%s:%q", t.kind, t.text))
	}
	fmt.Println(strings.Join(shown, " "))

	vars := map[string]float64{"x": 10, "pi": 3.14159, "y": -2}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + 4", "x % 3 + y", "pi * 2",
		"10 / 4", "1 / (x - 10)", "7 % 0", "2 * (3 + 4", "foo + 1", "3 $ 4", "1 2", "1..2", ""} {
		if v, err := eval(src, vars); err != nil {
			fmt.Printf("%-14q error: %v\n", src, err)
		} else {
			fmt.Printf("%-14q = %g\n", src, v)
		}
	}
}

// Output:
// num:"3" op:"+" ident:"x1" op:"*" op:"(" num:"2" op:"-" num:"0.5" op:")" eof:""
// "1 + 2 * 3"    = 7
// "(1 + 2) * 3"  = 9
// "2 ^ 3 ^ 2"    = 512
// "-x + 4"       = -6
// "x % 3 + y"    = -1
// "pi * 2"       = 6.28318
// "10 / 4"       = 2.5
// "1 / (x - 10)" error: division by zero
// "7 % 0"        error: runtime error: integer divide by zero
// "2 * (3 + 4"   error: missing ) for ( at 4
// "foo + 1"      error: undefined variable foo
// "3 $ 4"        error: unexpected character '$' at 2
// "1 2"          error: trailing input at 2
// "1..2"         error: strconv.ParseFloat: parsing "1..2": invalid syntax
// ""             error: unexpected eof "" at 0
