// prog_pretty_printer.go: a JSON-like pretty printer over nested maps and slices using a recursive type switch.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(sb *strings.Builder, v interface{}, indent int) {
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
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			pretty(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]interface{}:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + "  " + strconv.Quote(k) + ": ")
			pretty(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

func Pretty(v interface{}) string {
	var sb strings.Builder
	pretty(&sb, v, 0)
	return sb.String()
}

// count walks the same structure and counts values by kind.
func count(v interface{}, counts map[string]int) {
	switch x := v.(type) {
	case []interface{}:
		counts["array"]++
		for _, e := range x {
			count(e, counts)
		}
	case map[string]interface{}:
		counts["object"]++
		for _, e := range x {
			count(e, counts)
		}
	case nil:
		counts["null"]++
	default:
		counts[fmt.Sprintf("%T", x)]++
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "goterp",
		"version": 1.19,
		"stable":  false,
		"stars":   42,
		"tags":    []interface{}{"go", "interpreter", "c++"},
		"owner":   map[string]interface{}{"login": "gopher", "id": 7, "site": nil},
		"empty":   []interface{}{},
		"nested":  []interface{}{map[string]interface{}{"a": 1}, []interface{}{1, 2.5, "three"}, map[string]interface{}{}},
		"quote":   "say \"hi\"\n",
		"weird":   struct{}{},
	}
	fmt.Println(Pretty(doc))
	fmt.Println(Pretty([]interface{}{}))
	fmt.Println(Pretty("just a string"))

	counts := map[string]int{}
	count(doc, counts)
	fmt.Println(counts)
}

// Output:
// {
//   "empty": [],
//   "name": "goterp",
//   "nested": [
//     {
//       "a": 1
//     },
//     [
//       1,
//       2.5,
//       "three"
//     ],
//     {}
//   ],
//   "owner": {
//     "id": 7,
//     "login": "gopher",
//     "site": null
//   },
//   "quote": "say \"hi\"\n",
//   "stable": false,
//   "stars": 42,
//   "tags": [
//     "go",
//     "interpreter",
//     "c++"
//   ],
//   "version": 1.19,
//   "weird": "<unsupported struct {}>"
// }
// []
// "just a string"
// map[array:4 bool:1 float64:2 int:4 null:1 object:4 string:7 struct {}:1]
