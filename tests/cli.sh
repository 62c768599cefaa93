#!/usr/bin/env bash
# The goterp command line: usage errors get one line and exit status 2, as
# `go` does; check reports syntax errors gc-style with exit status 2.
#
#   tests/cli.sh GOTERP
set -uo pipefail
goterp=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# expect STATUS LINES PATTERN -- ARGS...: run goterp, check its exit status,
# that stderr has LINES lines (or any number for -), and that stderr or
# stdout matches PATTERN (if not empty).
expect() {
  local want=$1 lines=$2 pattern=$3
  shift 4
  "$goterp" "$@" > "$tmp/out" 2> "$tmp/err"
  local got=$?
  local n
  n=$(wc -l < "$tmp/err")
  if [ "$got" != "$want" ]; then
    echo "FAIL goterp $*: exit status $got, want $want"; fail=1
  elif [ "$lines" != - ] && [ "$n" != "$lines" ]; then
    echo "FAIL goterp $*: $n lines on stderr, want $lines:"; cat "$tmp/err"; fail=1
  elif [ -n "$pattern" ] && ! cat "$tmp/out" "$tmp/err" | grep -Eq -- "$pattern"; then
    echo "FAIL goterp $*: output does not match /$pattern/:"; cat "$tmp/out" "$tmp/err"; fail=1
  fi
}

mkdir "$tmp/empty"
printf 'package main\n\nfunc main() {\n\tx := []int{1,\n\t2\n\t}\n}\n' > "$tmp/bad.go"
printf 'package main\n\nfunc main() {\n}\n' > "$tmp/ok.go"
printf 'not go\n' > "$tmp/notgo.txt"

expect 0 0 '^goterp version' -- version
expect 0 0 'Usage' -- help
expect 2 2 'unknown command "frobnicate"' -- frobnicate
expect 2 1 "open $tmp/missing.go: No such file or directory" -- run "$tmp/missing.go"
expect 2 1 "open $tmp/missing.go: No such file or directory" -- "$tmp/missing.go"
expect 2 1 "no Go files in $tmp/empty" -- test "$tmp/empty"
expect 2 2 'not a .go file' -- run "$tmp/notgo.txt"
expect 0 0 '' -- check -syntax "$tmp/ok.go"
expect 2 1 "^$tmp/bad.go:5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }$" -- check -syntax "$tmp/bad.go"
expect 2 1 "^$tmp/bad.go:5:3: syntax error" -- run "$tmp/bad.go"

# Outside goterp's Go (generics; channels until the scheduler exists): one
# line that says so, where, and exit status 2.
printf 'package main\n\ntype Stack[T any] struct{ items []T }\n\nfunc main() {}\n' > "$tmp/generic.go"
printf 'package main\n\ntype Num interface {\n\t~int | ~float64\n}\n\nfunc main() {}\n' > "$tmp/typeset.go"
printf 'package main\n\nfunc main() {\n\tc := make(chan int)\n\t_ = c\n}\n' > "$tmp/chan.go"
expect 2 1 "^$tmp/generic.go:3:11: generics \\(type parameters\\) are not supported by goterp$" -- run "$tmp/generic.go"
expect 2 1 "^$tmp/typeset.go:4:2: generics \\(type parameters\\) are not supported by goterp$" -- run "$tmp/typeset.go"
expect 2 1 "^$tmp/chan.go:4:7: channels: not implemented in goterp yet$" -- run "$tmp/chan.go"

# An import goterp has no package for: as go build, whose loading stage
# fails before the compiler, only that error (no "undefined: time" after
# it) and exit status 1.
printf 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tfmt.Println(time.Now(), undefinedX)\n}\n' > "$tmp/time.go"
expect 1 1 "^$tmp/time.go:5:2: package time is not in std \\(goterp implements a subset\\)$" -- run "$tmp/time.go"

# An Error method that panics while a panic value is printed: Go's fatal
# error from preprintpanics (Go then lists its other goroutines, which
# goterp has not), not a crash of goterp.
printf 'package main\n\ntype E struct{ s *string }\n\nfunc (e E) Error() string { return *e.s }\n\nfunc main() {\n\tpanic(E{})\n}\n' > "$tmp/printpanic.go"
expect 2 - "^fatal error: panic while printing panic value: type runtime.errorString$" -- run "$tmp/printpanic.go"
"$goterp" run "$tmp/printpanic.go" 2>&1 | sed -n '4,7p' > "$tmp/trace"
printf 'goroutine 1 [running]:\nmain.E.Error()\n\t%s:5\nmain.main()\n' "$tmp/printpanic.go" > "$tmp/trace.want"
cmp -s "$tmp/trace" "$tmp/trace.want" || { echo "FAIL printpanic traceback:"; cat "$tmp/trace"; fail=1; }

[ $fail = 0 ] && echo "cli: all checks passed"
exit $fail
