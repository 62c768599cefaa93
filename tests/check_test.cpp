// Unit tests of the type checker: one small program per kind of compile
// error, with the message and position gc 1.19 reports (taken from `go
// build`), checked through the same entry point as `goterp check`.
#include <gtest/gtest.h>

#include <string>

#include "cmd/commands.h"
#include "interp/parse.h"

namespace goterp {
namespace {

// The errors of src as goterp prints them, one per line.
std::string errors(const std::string &src) {
  Diagnostics diags;
  std::unique_ptr<File> file = parseFile("prog.go", src, diags);
  if (file) checkProgram({file.get()}, diags);
  std::string out;
  for (const std::string &l : diags.lines()) out += (out.empty() ? "" : "\n") + l;
  return out;
}

TEST(Check, AmbiguousSelector) {
  EXPECT_EQ(errors(R"(package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X
}
)"),
            R"(prog.go:12:8: ambiguous selector c.X)");
}

TEST(Check, AssignmentMismatch) {
  EXPECT_EQ(errors(R"(package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two()
	_ = x
}
)"),
            R"(prog.go:6:7: assignment mismatch: 1 variable but two returns 2 values)");
}

TEST(Check, BreakOutsideLoop) {
  EXPECT_EQ(errors(R"(package main

func main() {
	break
}
)"),
            R"(prog.go:4:2: break is not in a loop, switch, or select)");
}

TEST(Check, CallNonFunction) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	x()
}
)"),
            R"(prog.go:5:2: invalid operation: cannot call non-function x (variable of type int))");
}

TEST(Check, CannotAssignConstant) {
  EXPECT_EQ(errors(R"(package main

const c = 1

func main() {
	c = 2
}
)"),
            R"(prog.go:6:2: cannot assign to c (untyped int constant 1))");
}

TEST(Check, CannotRange) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	for range x {
	}
}
)"),
            R"(prog.go:5:12: cannot range over x (variable of type int))");
}

TEST(Check, CannotUseAsValue) {
  EXPECT_EQ(errors(R"(package main

func main() {
	var n int = "hello"
	_ = n
}
)"),
            R"(prog.go:4:14: cannot use "hello" (untyped string constant) as int value in variable declaration)");
}

TEST(Check, CannotUseInArgument) {
  EXPECT_EQ(errors(R"(package main

func f(s string) {}

func main() {
	f(42)
}
)"),
            R"(prog.go:6:4: cannot use 42 (untyped int constant) as string value in argument to f)");
}

TEST(Check, ComparingSlices) {
  EXPECT_EQ(errors(R"(package main

func main() {
	a, b := []int{}, []int{}
	_ = a == b
}
)"),
            R"(prog.go:5:6: invalid operation: a == b (slice can only be compared to nil))");
}

TEST(Check, ConstantOverflow) {
  EXPECT_EQ(errors(R"(package main

func main() {
	var b int8 = 200
	_ = b
}
)"),
            R"(prog.go:4:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows))");
}

TEST(Check, ContinueOutsideLoop) {
  EXPECT_EQ(errors(R"(package main

func main() {
	continue
}
)"),
            R"(prog.go:4:2: continue is not in a loop)");
}

TEST(Check, DeclaredNotUsed) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
}
)"),
            R"(prog.go:4:2: x declared but not used)");
}

TEST(Check, DivisionByZero) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	_ = x / 0
}
)"),
            R"(prog.go:5:10: invalid operation: division by zero)");
}

TEST(Check, DuplicateCase) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
}
)"),
            R"(prog.go:7:7: duplicate case 1 (constant of type int) in expression switch
	prog.go:6:7: previous case)");
}

TEST(Check, DuplicateMapKey) {
  EXPECT_EQ(errors(R"(package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
}
)"),
            R"(prog.go:4:29: duplicate key "a" in map literal)");
}

TEST(Check, FallthroughFinal) {
  EXPECT_EQ(errors(R"(package main

func main() {
	switch {
	case true:
		fallthrough
	}
}
)"),
            R"(prog.go:6:3: cannot fallthrough final case in switch)");
}

TEST(Check, FieldUndefined) {
  EXPECT_EQ(errors(R"(package main

type T struct{ a int }

func main() {
	var t T
	_ = t.b
}
)"),
            R"(prog.go:7:8: t.b undefined (type T has no field or method b))");
}

TEST(Check, GotoOverDeclaration) {
  EXPECT_EQ(errors(R"(package main

func main() {
	goto L
	x := 1
	_ = x
L:
}
)"),
            R"(prog.go:4:7: goto L jumps over declaration of x at prog.go:5:4)");
}

TEST(Check, ImportedNotUsed) {
  EXPECT_EQ(errors(R"(package main

import "os"

func main() {}
)"),
            R"(prog.go:3:8: imported and not used: "os")");
}

TEST(Check, ImpossibleTypeAssertion) {
  EXPECT_EQ(errors(R"(package main

type I interface{ M() }

type T struct{}

func main() {
	var i I
	_ = i.(T)
}
)"),
            R"(prog.go:9:6: impossible type assertion: i.(T)
	T does not implement I (missing M method))");
}

TEST(Check, IndexOutOfRange) {
  EXPECT_EQ(errors(R"(package main

func main() {
	var a [3]int
	_ = a[5]
}
)"),
            R"(prog.go:5:8: invalid argument: index 5 out of bounds [0:3])");
}

TEST(Check, InitializationCycle) {
  EXPECT_EQ(errors(R"(package main

var a = b
var b = a

func main() {}
)"),
            R"(prog.go:3:5: initialization loop for a
	prog.go:3:5: a refers to
	prog.go:4:5: b refers to
	prog.go:3:5: a)");
}

TEST(Check, InvalidIndirect) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	_ = *x
}
)"),
            R"(prog.go:5:7: invalid operation: cannot indirect x (variable of type int))");
}

TEST(Check, InvalidOperator) {
  EXPECT_EQ(errors(R"(package main

func main() {
	s := "a"
	_ = s - s
}
)"),
            R"(prog.go:5:6: invalid operation: operator - not defined on s (variable of type string))");
}

TEST(Check, InvalidRecursiveType) {
  EXPECT_EQ(errors(R"(package main

type T struct {
	next T
}

func main() {}
)"),
            R"(prog.go:3:6: invalid recursive type T
	prog.go:3:6: T refers to
	prog.go:3:6: T)");
}

TEST(Check, LabelNotUsed) {
  EXPECT_EQ(errors(R"(package main

func main() {
L:
	for {
	}
}
)"),
            R"(prog.go:4:1: label L defined and not used)");
}

TEST(Check, MismatchedComparison) {
  EXPECT_EQ(errors(R"(package main

func main() {
	a, b := 1, "s"
	_ = a == b
}
)"),
            R"(prog.go:5:11: invalid operation: a == b (mismatched types int and string))");
}

TEST(Check, MismatchedTypes) {
  EXPECT_EQ(errors(R"(package main

func main() {
	a, b := 1, "s"
	_ = a + b
}
)"),
            R"(prog.go:5:6: invalid operation: a + b (mismatched types int and string))");
}

TEST(Check, MissingFunctionBody) {
  EXPECT_EQ(errors(R"(package main

func f()

func main() { f() }
)"),
            R"(prog.go:3:6: missing function body)");
}

TEST(Check, MissingMain) {
  EXPECT_EQ(errors(R"(package main

func helper() {}
)"),
            R"(runtime.main_main·f: function main is undeclared in the main package)");
}

TEST(Check, MissingMethod) {
  EXPECT_EQ(errors(R"(package main

type I interface{ M() }

type T struct{}

func main() {
	var i I = T{}
	_ = i
}
)"),
            R"(prog.go:8:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (missing M method))");
}

TEST(Check, MissingReturn) {
  EXPECT_EQ(errors(R"(package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func main() { f(1) }
)"),
            R"(prog.go:7:1: missing return)");
}

TEST(Check, MultiValueInSingleContext) {
  EXPECT_EQ(errors(R"(package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	_ = x
}
)"),
            R"(prog.go:6:7: multiple-value two() (value of type (int, int)) in single-value context)");
}

TEST(Check, NoNewVariables) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	x := 2
	_ = x
}
)"),
            R"(prog.go:5:4: no new variables on left side of :=)");
}

TEST(Check, NonBooleanCondition) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	if x {
	}
}
)"),
            R"(prog.go:5:5: non-boolean condition in if statement)");
}

TEST(Check, NonInterfaceAssertion) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	_ = x.(int)
}
)"),
            R"(prog.go:5:6: invalid operation: x (variable of type int) is not an interface)");
}

TEST(Check, NotAType) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	var y x
	_ = y
}
)"),
            R"(prog.go:5:8: x (variable of type int) is not a type)");
}

TEST(Check, NotEnoughArguments) {
  EXPECT_EQ(errors(R"(package main

func f(a, b int) {}

func main() {
	f(1)
}
)"),
            R"(prog.go:6:4: not enough arguments in call to f
	have (number)
	want (int, int))");
}

TEST(Check, NotEnoughReturnValues) {
  EXPECT_EQ(errors(R"(package main

func f() (int, error) {
	return 1
}

func main() { f() }
)"),
            R"(prog.go:4:9: not enough return values
	have (number)
	want (int, error))");
}

TEST(Check, PointerReceiver) {
  EXPECT_EQ(errors(R"(package main

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func main() {
	var i I = T{}
	_ = i
}
)"),
            R"(prog.go:10:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (M method has pointer receiver))");
}

TEST(Check, Redeclared) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	var x int
	_ = x
}
)"),
            R"(prog.go:5:6: x redeclared in this block
	prog.go:4:2: other declaration of x)");
}

TEST(Check, ShadowedResult) {
  EXPECT_EQ(errors(R"(package main

func f() (err error) {
	{
		err := error(nil)
		_ = err
		return
	}
}

func main() { f() }
)"),
            R"(prog.go:7:3: result parameter err not in scope at return
	prog.go:5:3: inner declaration of var err error)");
}

TEST(Check, StringIndexAssign) {
  EXPECT_EQ(errors(R"(package main

func main() {
	s := "abc"
	s[0] = 'x'
}
)"),
            R"(prog.go:5:2: cannot assign to s[0] (value of type byte))");
}

TEST(Check, TooManyArguments) {
  EXPECT_EQ(errors(R"(package main

func f(a int) {}

func main() {
	f(1, 2)
}
)"),
            R"(prog.go:6:7: too many arguments in call to f
	have (number, number)
	want (int))");
}

TEST(Check, TooManyErrors) {
  EXPECT_EQ(errors(R"(package main

func main() {
	a1 := 1
	a2 := 1
	a3 := 1
	a4 := 1
	a5 := 1
	a6 := 1
	a7 := 1
	a8 := 1
	a9 := 1
	a10 := 1
	a11 := 1
}
)"),
            R"(prog.go:4:2: a1 declared but not used
prog.go:5:2: a2 declared but not used
prog.go:6:2: a3 declared but not used
prog.go:7:2: a4 declared but not used
prog.go:8:2: a5 declared but not used
prog.go:9:2: a6 declared but not used
prog.go:10:2: a7 declared but not used
prog.go:11:2: a8 declared but not used
prog.go:12:2: a9 declared but not used
prog.go:13:2: a10 declared but not used
prog.go:13:2: too many errors)");
}

TEST(Check, TruncatedConstant) {
  EXPECT_EQ(
      errors(R"(package main

func main() {
	var n int = 1.5
	_ = n
}
)"),
      R"(prog.go:4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated))");
}

TEST(Check, Undefined) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x = 1
}
)"),
            R"(prog.go:4:2: undefined: x)");
}

TEST(Check, UnexportedField) {
  EXPECT_EQ(errors(R"(package main

import "strings"

func main() {
	var b strings.Builder
	_ = b.buf
}
)"),
            R"(prog.go:7:8: b.buf undefined (type strings.Builder has no field or method buf))");
}

TEST(Check, UnexportedName) {
  EXPECT_EQ(errors(R"(package main

import "strings"

func main() {
	_ = strings.explode
}
)"),
            R"(prog.go:6:14: undefined: strings.explode)");
}

TEST(Check, UntypedNilUse) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := nil
	_ = x
}
)"),
            R"(prog.go:4:7: use of untyped nil in assignment)");
}

TEST(Check, UnusedResult) {
  EXPECT_EQ(errors(R"(package main

func main() {
	x := 1
	x + 1
}
)"),
            R"(prog.go:5:2: x + 1 (value of type int) is not used)");
}

} // namespace
} // namespace goterp
