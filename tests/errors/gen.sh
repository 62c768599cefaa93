#!/usr/bin/env bash
# Regenerate the expectations NAME.want from Go 1.19 (/usr/bin/go):
#
#   tests/errors/gen.sh [NAME ...]     (default: every NAME.go here)
#
# Each program is built with `go build -o TMP/NAME NAME.go` from inside
# tests/errors. If the build fails, the expectation is the build's status (2,
# as `go run`/`go build` exit with for compile errors) and its stderr. If it
# succeeds, the binary is run with stdin from /dev/null and the expectation is
# its real exit status, stdout and stderr (not `go run`'s, which turns every
# non-zero status into 1 plus an `exit status N` line). stderr goes through
# normalize_stderr (normalize.sh); run.sh applies the same to goterp.
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
. ./normalize.sh
GO=${GO:-go}
export NORMALIZE_GOROOT=$("$GO" env GOROOT)
# a predictable environment for the programs and their tracebacks
unset GOTRACEBACK GODEBUG GOGC GOMAXPROCS
export GOFLAGS=

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in *.go; do names+=("${f%.go}"); done
fi

n=0
for name in "${names[@]}"; do
  name=${name%.go}
  if [ ! -f "$name.go" ]; then echo "gen.sh: no $name.go" >&2; exit 2; fi
  : > "$tmp/out"
  if "$GO" build -o "$tmp/$name" "$name.go" > "$tmp/out" 2> "$tmp/err"; then
    timeout 60 "$tmp/$name" < /dev/null > "$tmp/out" 2> "$tmp/err"
    status=$?
    rm -f "$tmp/$name"
  else
    status=$?
  fi
  format_result "$status" "$tmp/out" "$tmp/err" > "$name.want"
  n=$((n + 1))
done
echo "gen.sh: wrote $n .want files"
