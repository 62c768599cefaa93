//go:build ignore

// nongeneric prints, one per line, the .go files under the given roots that
// go/parser parses without error and that declare no type parameters: no
// generic function, no method of a generic type (receiver with type
// parameters), no generic type, no interface with a type element
// (~T, A|B or a non-name type such as []byte), and no instantiated generic
// type (such as atomic.Pointer[T]) in a type position. bench/run.sh --parse uses it to
// build the file list it hands to both `goterp check -syntax` and `gofmt -l`.
//
//	go run bench/nongeneric.go [-v] [ROOT...]   (default /usr/share/go-1.19/src)
//
// Every .go file is considered, testdata directories included; files that do
// not parse (deliberately broken test inputs, fragments) are left out.
// With -v the counts go to stderr.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	verbose := flag.Bool("v", false, "print counts to stderr")
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = []string{"/usr/share/go-1.19/src"}
	}
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".go") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "nongeneric:", err)
			os.Exit(1)
		}
	}
	sort.Strings(files)
	var bad, generic, kept int
	out := make([]string, 0, len(files))
	for _, path := range files {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			bad++
			continue
		}
		if usesTypeParams(f) {
			generic++
			continue
		}
		kept++
		out = append(out, path)
	}
	w := os.Stdout
	for _, p := range out {
		fmt.Fprintln(w, p)
	}
	if *verbose {
		fmt.Fprintf(os.Stderr, "nongeneric: %d .go files, %d do not parse, %d use type parameters, %d listed\n",
			len(files), bad, generic, kept)
	}
}

// usesTypeParams reports whether f declares a generic function or type, a
// method with receiver type parameters, or an interface with a type element.
func usesTypeParams(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Type.TypeParams != nil && len(n.Type.TypeParams.List) > 0 {
				found = true
			} else if n.Recv != nil && len(n.Recv.List) > 0 && recvHasTypeParams(n.Recv.List[0].Type) {
				found = true
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				found = true
			}
		case *ast.InterfaceType:
			for _, fld := range n.Methods.List {
				if len(fld.Names) == 0 && isTypeElement(fld.Type) {
					found = true
				}
			}
		case *ast.Field:
			found = isInstance(n.Type)
		case *ast.ValueSpec:
			found = isInstance(n.Type)
		case *ast.CompositeLit:
			found = isInstance(n.Type)
		case *ast.ArrayType:
			found = isInstance(n.Elt)
		case *ast.MapType:
			found = isInstance(n.Key) || isInstance(n.Value)
		case *ast.ChanType:
			found = isInstance(n.Value)
		}
		return !found
	})
	return found
}

// isInstance reports whether a type expression instantiates a generic type
// (T[A] or pkg.T[A, B]), possibly behind pointers or parentheses. Only type
// positions are asked: in an expression, x[i] is an index.
func isInstance(t ast.Expr) bool {
	for t != nil {
		switch x := t.(type) {
		case *ast.ParenExpr:
			t = x.X
		case *ast.StarExpr:
			t = x.X
		case *ast.Ellipsis:
			t = x.Elt
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		default:
			return false
		}
	}
	return false
}

// recvHasTypeParams reports whether a receiver type is T[P] or *T[P, Q].
func recvHasTypeParams(t ast.Expr) bool {
	for {
		switch x := t.(type) {
		case *ast.ParenExpr:
			t = x.X
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		default:
			return false
		}
	}
}

// isTypeElement reports whether an embedded interface element can only be a
// type element (constraint syntax): ~T, A|B, or a type literal. A plain name
// (io.Reader, error, or int) is syntactically an embedded interface and is
// accepted.
func isTypeElement(t ast.Expr) bool {
	switch x := t.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return false
	case *ast.ParenExpr:
		return isTypeElement(x.X)
	default:
		// *ast.BinaryExpr (A|B), *ast.UnaryExpr (~T), instantiations
		// (IndexExpr), and type literals ([]byte, struct{...}, ...).
		return true
	}
}
