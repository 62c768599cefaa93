// prog_json_like_parser.go: a recursive-descent parser for a JSON subset into interface{} values and a pretty printer with a type switch; parse errors via panic and recover.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value = interface{}

func render(v Value, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.ContainsRune(" \t\n\r", rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) fail(msg string) {
	panic(fmt.Sprintf("parse error at %d: %s", p.pos, msg))
}

func (p *parser) value() Value {
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		m := map[string]Value{}
		p.ws()
		if p.s[p.pos] == '}' {
			p.pos++
			return m
		}
		for {
			p.ws()
			k, ok := p.value().(string)
			if !ok {
				p.fail("key must be string")
			}
			p.ws()
			if p.s[p.pos] != ':' {
				p.fail("expected :")
			}
			p.pos++
			m[k] = p.value()
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.s[p.pos] == '}' {
				p.pos++
				return m
			}
			p.fail("expected , or }")
		}
	case c == '[':
		p.pos++
		var arr []Value
		for {
			p.ws()
			if p.s[p.pos] == ']' {
				p.pos++
				if arr == nil {
					arr = []Value{}
				}
				return arr
			}
			arr = append(arr, p.value())
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '"':
		end := strings.IndexByte(p.s[p.pos+1:], '"')
		if end < 0 {
			p.fail("unterminated string")
		}
		str := p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return str
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.ContainsRune("+-0123456789.eE", rune(p.s[p.pos])) {
			p.pos++
		}
		num := p.s[start:p.pos]
		if i, err := strconv.Atoi(num); err == nil {
			return i
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			p.fail(fmt.Sprintf("bad number %q", num))
		}
		return f
	}
	return nil
}

func parse(s string) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{s: s}
	v = p.value()
	return
}

func main() {
	docs := []string{
		`{"name": "goterp", "version": 1.19, "tags": ["go", "interp", 42, true, null], "nested": {"a": [], "b": {}, "z": -1e-3}}`,
		`[1, 2.5, "three", [4, [5, [6]]]]`,
		`{"bad": tru}`,
		`{"k": 12x}`,
		`[`,
	}
	for _, d := range docs {
		v, err := parse(d)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var sb strings.Builder
		render(v, 0, &sb)
		fmt.Println(sb.String())
		fmt.Printf("%v\n", v)
	}
}

// Output:
// {
//   "name": "goterp",
//   "nested": {
//     "a": [],
//     "b": {
//     },
//     "z": -0.001
//   },
//   "tags": [
//     "go",
//     "interp",
//     42,
//     true,
//     null
//   ],
//   "version": 1.19
// }
// map[name:goterp nested:map[a:[] b:map[] z:-0.001] tags:[go interp 42 true <nil>] version:1.19]
// [
//   1,
//   2.5,
//   "three",
//   [
//     4,
//     [
//       5,
//       [
//         6
//       ]
//     ]
//   ]
// ]
// [1 2.5 three [4 [5 [6]]]]
// error: parse error at 8: bad number ""
// error: parse error at 8: expected , or }
// error: runtime error: index out of range [1] with length 1
