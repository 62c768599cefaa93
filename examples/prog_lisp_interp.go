// prog_lisp_interp.go: a tiny Lisp: tokenizer, parser, environments, lambdas, builtins as a named func type, errors wrapped with %w.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin func(args []Value) (Value, error)

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) (Value, bool) {
	for cur := e; cur != nil; cur = cur.outer {
		if v, ok := cur.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src)
	return strings.Fields(src)
}

var ErrSyntax = errors.New("syntax error")

func parse(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, fmt.Errorf("%w: unexpected EOF", ErrSyntax)
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var l List
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := parse(tokens)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*tokens) == 0 {
			return nil, fmt.Errorf("%w: missing )", ErrSyntax)
		}
		*tokens = (*tokens)[1:]
		return l, nil
	case ")":
		return nil, fmt.Errorf("%w: unexpected )", ErrSyntax)
	}
	if n, err := strconv.ParseFloat(tok, 64); err == nil {
		return n, nil
	}
	if unicode.IsDigit(rune(tok[0])) {
		return nil, fmt.Errorf("%w: bad number %q", ErrSyntax, tok)
	}
	return Symbol(tok), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case Symbol:
		if val, ok := env.Find(v); ok {
			return val, nil
		}
		return nil, fmt.Errorf("undefined symbol %s", v)
	case float64:
		return v, nil
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if c != false && c != 0.0 {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			case "quote":
				return v[1], nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			ne := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				ne.vars[p] = args[i]
			}
			return eval(fn.body, ne)
		default:
			return nil, fmt.Errorf("not a function: %v", fn)
		}
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b float64) float64) Builtin {
	return func(args []Value) (Value, error) {
		acc, ok := args[0].(float64)
		if !ok {
			return nil, fmt.Errorf("not a number: %v", args[0])
		}
		for _, a := range args[1:] {
			acc = op(acc, a.(float64))
		}
		return acc, nil
	}
}

func show(v Value) string {
	switch t := v.(type) {
	case List:
		parts := make([]string, len(t))
		for i, e := range t {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda %v>", t.params)
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	default:
		return fmt.Sprint(t)
	}
}

func main() {
	global := &Env{map[Symbol]Value{
		"+": arith(func(a, b float64) float64 { return a + b }),
		"-": arith(func(a, b float64) float64 { return a - b }),
		"*": arith(func(a, b float64) float64 { return a * b }),
		"<": Builtin(func(a []Value) (Value, error) { return a[0].(float64) < a[1].(float64), nil }),
	}, nil}
	progs := []string{
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(fact 20)",
		"(quote (a b (c d)))",
		"(+ 1 2.5 3)",
		"(undefined 1)",
		"(+ 1 2",
		"(1 2)",
		")",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
		"sq",
		"(+ (quote x) 1)",
		"12abc",
	}
	for _, src := range progs {
		toks := tokenize(src)
		expr, err := parse(&toks)
		if err != nil {
			fmt.Printf("%-40s => parse error: %v (syntax=%t)\n", src, err, errors.Is(err, ErrSyntax))
			continue
		}
		val, err := eval(expr, global)
		if err != nil {
			fmt.Printf("%-40s => error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-40s => %s\n", src, show(val))
	}
}

// Output:
// (define sq (lambda (x) (* x x)))         => <lambda [x]>
// (sq 12)                                  => 144
// (define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) => <lambda [n]>
// (fact 10)                                => 3.6288e+06
// (fact 20)                                => 2.43290200817664e+18
// (quote (a b (c d)))                      => (a b (c d))
// (+ 1 2.5 3)                              => 6.5
// (undefined 1)                            => error: undefined symbol undefined
// (+ 1 2                                   => parse error: syntax error: missing ) (syntax=true)
// (1 2)                                    => error: not a function: 1
// )                                        => parse error: syntax error: unexpected ) (syntax=true)
// (define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))) => <lambda [n]>
// (fib 15)                                 => 610
// sq                                       => <lambda [x]>
// (+ (quote x) 1)                          => error: not a number: x
// 12abc                                    => parse error: syntax error: bad number "12abc" (syntax=true)
