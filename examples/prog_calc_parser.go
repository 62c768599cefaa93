package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	IDENT
	EOF
)

var kindNames = [...]string{NUM: "NUM", OP: "OP", LPAREN: "(", RPAREN: ")", IDENT: "IDENT", EOF: "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func lex(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
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
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

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

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, fmt.Errorf("bad number %q: %w", t.Text, err)
		}
		return v, nil
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, &SyntaxError{t.Pos, "unknown variable " + t.Text}
		}
		return v, nil
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, &SyntaxError{t.Pos, "unclosed paren"}
		}
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	}
	return 0, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
			}
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

func eval(s string, vars map[string]float64) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Kind.String()}
	}
	return v, err
}

func main() {
	vars := map[string]float64{"pi": 3.14159, "x": 10}
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x / 4", "x % 3 + pi", "1 / (x - 10)",
		"3 $ 4", "y + 1", "(1 + 2", "1 2", "1..2 + 3", "0.1 + 0.2", "100000000 * 100000000", ""}
	for _, in := range inputs {
		v, err := eval(in, vars)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-24q syntax (pos %d): %v\n", in, se.Pos, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-24q math: %v\n", in, err)
		case err != nil:
			fmt.Printf("%-24q error: %v\n", in, err)
		default:
			fmt.Printf("%-24q = %v (%.3f) %s\n", in, v, v, strconv.FormatFloat(v, 'g', 5, 64))
		}
	}
	fmt.Println(kindNames, NUM, EOF, Token{OP, "+", 3})
}

// Output:
// "1 + 2 * 3"              = 7 (7.000) 7
// "(1 + 2) * 3"            = 9 (9.000) 9
// "2 ^ 3 ^ 2"              = 512 (512.000) 512
// "-x / 4"                 = -2.5 (-2.500) -2.5
// "x % 3 + pi"             = 4.14159 (4.142) 4.1416
// "1 / (x - 10)"           math: at 2: division by zero
// "3 $ 4"                  syntax (pos 2): syntax error at 2: unexpected '$'
// "y + 1"                  syntax (pos 0): syntax error at 0: unknown variable y
// "(1 + 2"                 syntax (pos 0): syntax error at 0: unclosed paren
// "1 2"                    syntax (pos 2): syntax error at 2: trailing NUM
// "1..2 + 3"               error: bad number "1..2": strconv.ParseFloat: parsing "1..2": invalid syntax
// "0.1 + 0.2"              = 0.30000000000000004 (0.300) 0.3
// "100000000 * 100000000"  = 1e+16 (10000000000000000.000) 1e+16
// ""                       syntax (pos 0): syntax error at 0: unexpected EOF
// [NUM OP ( ) IDENT EOF] NUM EOF {OP + 3}
