// prog_tokenizer_precedence.go: a tokenizer and precedence-climbing calculator; errors carried by panics and recovered (a runtime divide by zero included), errors.Is on a wrapped sentinel.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	OP
	LPAREN
	RPAREN
)

func (k Kind) String() string {
	switch k {
	case NUM:
		return "NUM"
	case OP:
		return "OP"
	case LPAREN:
		return "LPAREN"
	case RPAREN:
		return "RPAREN"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

var ErrSyntax = errors.New("syntax error")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d: %w", c, i, ErrSyntax)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *parser) primary() float64 {
	t := p.peek()
	if t == nil {
		panic(fmt.Errorf("unexpected end: %w", ErrSyntax))
	}
	p.pos++
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case LPAREN:
		v := p.expr(1)
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			panic(fmt.Errorf("missing ) : %w", ErrSyntax))
		}
		p.pos++
		return v
	case OP:
		if t.Text == "-" {
			return -p.expr(3)
		}
	}
	panic(fmt.Errorf("unexpected token %v %q at %d: %w", t.Kind, t.Text, t.Pos, ErrSyntax))
}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.primary()
	for {
		t := p.peek()
		if t == nil || t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		op := t.Text
		p.pos++
		next := prec(op) + 1
		if op == "^" {
			next = prec(op)
		}
		rhs := p.expr(next)
		switch op {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v = p.expr(1)
	if p.pos != len(toks) {
		return v, fmt.Errorf("trailing tokens %v: %w", toks[p.pos:], ErrSyntax)
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "-4 + 10 / 4", "7 % 3 + 0.5", "1 / 0", "-1/0", "0/0", "1 +", "2 $ 3", "(1 + 2", "1.2.3 + 1", "3 4", "10 % 0"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-12q error: %v (syntax=%t)\n", s, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("%-12q = %v\n", s, v)
	}
}

// Output:
// "1 + 2 * 3"  = 7
// "(1+2)*3"    = 9
// "2^3^2"      = 512
// "-4 + 10 / 4" = -1.5
// "7 % 3 + 0.5" = 1.5
// "1 / 0"      = +Inf
// "-1/0"       = -Inf
// "0/0"        = NaN
// "1 +"        error: unexpected end: syntax error (syntax=true)
// "2 $ 3"      error: unexpected '$' at 2: syntax error (syntax=true)
// "(1 + 2"     error: missing ) : syntax error (syntax=true)
// "1.2.3 + 1"  error: strconv.ParseFloat: parsing "1.2.3": invalid syntax (syntax=false)
// "3 4"        error: trailing tokens [{NUM 4 2}]: syntax error (syntax=true)
// "10 % 0"     error: runtime error: integer divide by zero (syntax=false)
