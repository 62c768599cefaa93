#!/usr/bin/env bash
# The parser against real code: `goterp check -syntax` must accept every
# non-generic file of Go 1.19's standard library (Debian's golang-1.19-src).
# Which files those are is decided by Go's own go/parser (bench/nongeneric.go),
# never by goterp: files that go/parser rejects (deliberately broken test
# inputs) and files that use type parameters are left out.
#
#   tests/parse_stdlib.sh GOTERP [ROOT]
set -euo pipefail
goterp=$(realpath "$1")
root=${2:-/usr/share/go-1.19/src}
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go run "$top/bench/nongeneric.go" -v "$root" > "$tmp/files" 2> "$tmp/counts"
n=$(wc -l < "$tmp/files")
# Two processes, as many files each as fit: start-up is not what this measures.
if ! xargs -P2 -n 300 "$goterp" check -syntax < "$tmp/files" > "$tmp/out" 2>&1; then
  head -n 40 "$tmp/out"
  echo "stdlib_parse: FAIL: goterp rejected valid files (first errors above)"
  exit 1
fi
cat "$tmp/counts"
echo "stdlib_parse: all $n files accepted"
