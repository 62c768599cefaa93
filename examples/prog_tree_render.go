package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func render(v Value, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int, int64:
		fmt.Fprintf(sb, "%d", x)
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
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
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case fmt.Stringer:
		sb.WriteString(strconv.Quote(x.String()))
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func count(v Value) (n int) {
	n = 1
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func get(v Value, path string) (Value, bool) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]Value:
			var ok bool
			if v, ok = x[part]; !ok {
				return nil, false
			}
		case []Value:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func main() {
	doc := map[string]Value{
		"name":    "goterp",
		"version": Version{1, 19},
		"stable":  false,
		"stars":   1234,
		"ratio":   0.75,
		"tags":    []Value{"go", "interp", 3, nil, 1e21, 2.5e-7},
		"owner":   map[string]Value{"login": "gopher", "id": int64(42), "empty": []Value{}},
		"weird":   []int{1},
		"quote":   "say \"hi\"\n",
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("nodes:", count(doc))
	for _, p := range []string{"owner.login", "tags.1", "tags.9", "owner.id", "name.x", "tags.4"} {
		v, ok := get(doc, p)
		fmt.Printf("%-12s %v %T %v\n", p, ok, v, v)
	}
	fmt.Println(doc["tags"], len(doc))
	fmt.Printf("%v\n", doc["owner"])
}

// Output:
// {
//   "name": "goterp",
//   "owner": {
//     "empty": [],
//     "id": 42,
//     "login": "gopher"
//   },
//   "quote": "say \"hi\"\n",
//   "ratio": 0.75,
//   "stable": false,
//   "stars": 1234,
//   "tags": [
//     "go",
//     "interp",
//     3,
//     null,
//     1000000000000000000000,
//     0.00000025
//   ],
//   "version": "v1.19",
//   "weird": "<[]int>"
// }
// nodes: 19
// owner.login  true string gopher
// tags.1       true string interp
// tags.9       false <nil> <nil>
// owner.id     true int64 42
// name.x       false <nil> <nil>
// tags.4       true float64 1e+21
// [go interp 3 <nil> 1e+21 2.5e-07] 9
// map[empty:[] id:42 login:gopher]
