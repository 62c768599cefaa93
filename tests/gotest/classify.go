//go:build ignore

// classify.go decides, by parsing each program with go/parser, whether a
// Go test-suite program is in goterp's subset and whether it is sequential.
// It is run by select.sh as `go run classify.go -root DIR < candidates`,
// where candidates are paths relative to DIR, one per line, that already
// passed the text-level checks (the `// run` directive, no .dir companion).
//
// Output, one line per input path, tab-separated:
//
//	keep <path> <seq|conc> <why conc, or empty>
//	drop <path> <category> <detail>
//
// The category is the first reason found (checks run in a fixed order), so
// select.sh can print a histogram of why programs were left out.
//
// The `//go:build ignore` line keeps this file out of any Go package build;
// `go run classify.go` still works because the file is named explicitly.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// allowedImports are the packages goterp's standard library provides.
// The value says whether importing the package makes the program `conc`
// (runtime, sync, sync/atomic and time are about scheduling and timing).
var allowedImports = map[string]bool{
	"fmt":            false,
	"errors":         false,
	"strings":        false,
	"strconv":        false,
	"math":           false,
	"sort":           false,
	"os":             false,
	"unicode":        false,
	"unicode/utf8":   false,
	"bytes":          false,
	"bufio":          false,
	"math/rand":      false,
	"container/list": false,
	"runtime":        true,
	"sync":           true,
	"sync/atomic":    true,
	"time":           true,
}

// predeclaredNonInterface are predeclared type names that may only appear
// embedded in an interface when that interface is a generic constraint.
var predeclaredNonInterface = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true,
	"int32": true, "int64": true, "uint": true, "uint8": true, "uint16": true,
	"uint32": true, "uint64": true, "uintptr": true, "float32": true,
	"float64": true, "complex64": true, "complex128": true, "byte": true,
	"rune": true, "comparable": true,
}

// allowedDirectives are //go: directives that do not drop a program.
// //go:noinline and //go:registerparams are only optimisation and
// calling-convention hints, meaningless to an interpreter; every other
// directive (linkname, nosplit, embed, ...) drops the program.
var allowedDirectives = map[string]bool{"//go:noinline": true, "//go:registerparams": true}

// buildTag reports whether a build tag is satisfied on the target goterp
// emulates. Like Go's own test driver (test/run.go), it is linux/amd64 with
// the gc toolchain; cgo is off because goterp has none.
func buildTag(tag string) bool {
	switch tag {
	case "linux", "amd64", "unix", "gc":
		return true
	}
	return false
}

func main() {
	root := flag.String("root", "/usr/share/go-1.19/test", "test suite root")
	flag.Parse()

	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		rel := strings.TrimSpace(in.Text())
		if rel == "" {
			continue
		}
		class, category, detail := classify(filepath.Join(*root, rel))
		if category != "" {
			fmt.Fprintf(out, "drop\t%s\t%s\t%s\n", rel, category, detail)
		} else {
			fmt.Fprintf(out, "keep\t%s\t%s\t%s\n", rel, class, detail)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "classify:", err)
		os.Exit(1)
	}
}

// classify returns ("seq"|"conc", "", why-conc) for a kept program, or
// ("", category, detail) for a dropped one.
func classify(path string) (class, category, detail string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		return "", "parse-error", oneLine(err.Error())
	}
	if f.Name.Name != "main" {
		return "", "not-main", "package " + f.Name.Name
	}

	// Build constraints: only comments before the package clause count.
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if !constraint.IsGoBuild(c.Text) && !constraint.IsPlusBuild(c.Text) {
				continue
			}
			expr, err := constraint.Parse(c.Text)
			if err != nil {
				return "", "build-constraint", "unparsable: " + c.Text
			}
			if !expr.Eval(buildTag) {
				return "", "build-constraint", c.Text
			}
		}
	}

	// Imports. unsafe, reflect and cgo get their own categories because the
	// brief names them; everything else outside the allowed list is "import".
	conc := false
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		switch {
		case p == "C":
			return "", "cgo", `import "C"`
		case p == "unsafe":
			return "", "unsafe", `import "unsafe"`
		case p == "reflect":
			return "", "reflect", `import "reflect"`
		}
		isConc, ok := allowedImports[p]
		if !ok {
			return "", "import", p
		}
		conc = conc || isConc
	}

	// Generics and concurrency, in one walk over the syntax tree.
	var generic string
	var concWhy string
	ast.Inspect(f, func(n ast.Node) bool {
		if generic != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncType:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				generic = "type parameters on a function at " + pos(fset, n)
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				generic = "type parameters on type " + n.Name.Name
			}
		case *ast.InterfaceType:
			if why := constraintElem(n); why != "" {
				generic = "constraint interface (" + why + ") at " + pos(fset, n)
			}
		case *ast.GoStmt:
			setOnce(&concWhy, "go statement")
		case *ast.ChanType:
			setOnce(&concWhy, "channel type")
		case *ast.SendStmt:
			setOnce(&concWhy, "channel send")
		case *ast.SelectStmt:
			setOnce(&concWhy, "select")
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				setOnce(&concWhy, "channel receive")
			}
		}
		return true
	})
	if generic != "" {
		return "", "generics", generic
	}

	// Compiler directives (//go:noinline, //go:linkname, ...). Only build
	// constraints and allowedDirectives are allowed. A directive is a comment starting exactly
	// with "//go:" (no space), anywhere in the file.
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:") && !constraint.IsGoBuild(c.Text) {
				d := strings.Fields(c.Text)[0]
				if !allowedDirectives[d] {
					return "", "directive", d
				}
			}
		}
	}

	if conc {
		return "conc", "", "imports runtime, sync, sync/atomic or time"
	}
	if concWhy != "" {
		return "conc", "", concWhy
	}
	return "seq", "", ""
}

// constraintElem returns a description if the interface has an element
// that only a constraint interface may have: a union (A | B), an
// approximation (~T), or an embedded non-interface type.
func constraintElem(it *ast.InterfaceType) string {
	if it.Methods == nil {
		return ""
	}
	for _, field := range it.Methods.List {
		if len(field.Names) > 0 {
			continue // a method
		}
		switch t := field.Type.(type) {
		case *ast.BinaryExpr:
			if t.Op == token.OR {
				return "union"
			}
		case *ast.UnaryExpr:
			if t.Op == token.TILDE {
				return "~T"
			}
		case *ast.Ident:
			if predeclaredNonInterface[t.Name] {
				return "embeds " + t.Name
			}
		case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType,
			*ast.StructType, *ast.StarExpr:
			return "embeds a type literal"
		}
	}
	return ""
}

func setOnce(s *string, v string) {
	if *s == "" {
		*s = v
	}
}

func pos(fset *token.FileSet, n ast.Node) string {
	p := fset.Position(n.Pos())
	return fmt.Sprintf("line %d", p.Line)
}

func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
