#!/usr/bin/env bash
# Check an interpreter against the expectations NAME.want:
#
#   tests/errors/run.sh GOTERP [NAME ...]     (default: every NAME.go here)
#
# Runs `GOTERP run NAME.go` from inside tests/errors with stdin from
# /dev/null and a 10 s timeout, formats its exit status, stdout and
# (normalized) stderr exactly as gen.sh does, and compares with NAME.want.
# Prints `FAIL NAME: ...` and a short unified diff per mismatch, then
# `N passed, M failed`; exits 1 if any failed.
set -uo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 GOTERP [NAME ...]" >&2
  exit 2
fi
goterp=$1
shift
case $goterp in
  */*) goterp=$(cd "$(dirname "$goterp")" && pwd)/$(basename "$goterp") ;;
  *) goterp=$(command -v "$goterp") || { echo "run.sh: $1 not found" >&2; exit 2; } ;;
esac
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
. ./normalize.sh
export NORMALIZE_GOROOT=$(go env GOROOT 2>/dev/null || true)
unset GOTRACEBACK GODEBUG GOGC GOMAXPROCS
TIMEOUT=${TIMEOUT:-10}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in *.go; do names+=("${f%.go}"); done
fi

pass=0
fail=0
for name in "${names[@]}"; do
  name=${name%.go}
  if [ ! -f "$name.want" ]; then
    echo "FAIL $name: no $name.want (run gen.sh)"
    fail=$((fail + 1))
    continue
  fi
  timeout -k 2 "$TIMEOUT" "$goterp" run "$name.go" < /dev/null > "$tmp/out" 2> "$tmp/err"
  status=$?
  format_result "$status" "$tmp/out" "$tmp/err" > "$tmp/got"
  if cmp -s "$name.want" "$tmp/got"; then
    pass=$((pass + 1))
    continue
  fi
  fail=$((fail + 1))
  want_status=$(head -n 1 "$name.want")
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "FAIL $name: timed out after ${TIMEOUT}s ($want_status wanted)"
  elif [ "exit $status" != "$want_status" ]; then
    echo "FAIL $name: exit $status, want ${want_status#exit }"
  else
    echo "FAIL $name: output differs"
  fi
  diff -u --label "$name.want" --label "goterp run $name.go" "$name.want" "$tmp/got" \
    | tail -n +3 | head -n 20 | cut -c 1-200
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
