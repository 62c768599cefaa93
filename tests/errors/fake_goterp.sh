#!/usr/bin/env bash
# Stand-in interpreter for checking run.sh itself:
#
#   tests/errors/run.sh tests/errors/fake_goterp.sh     (must pass everything)
#
# `fake_goterp.sh run FILE.go` runs `go run FILE.go` and exits with the
# program's own status, as goterp does: `go run` exits 1 after a failing
# program (printing `exit status N`), and 2 after a build failure.
[ "$#" = 2 ] && [ "$1" = run ] || { echo "usage: $0 run FILE.go" >&2; exit 2; }
err=$(mktemp)
go run "$2" 2> "$err"
rc=$?
cat "$err" >&2
last=$(tail -n 1 "$err")
rm -f "$err"
if [ "$rc" != 0 ] && [[ $last =~ ^exit\ status\ ([0-9]+)$ ]]; then
  exit "${BASH_REMATCH[1]}"
fi
exit "$rc"
