#!/usr/bin/env bash
# Syntax errors against gc: for each program of Go 1.19's test/syntax
# (Debian's golang-1.19-src), `goterp check -syntax` must exit 2, report an
# error on every line that has an ERROR comment and on no other line, and the
# message must match the comment's pattern. Positions are compared with what
# gc itself reports (`go tool compile`, run here): at least 90% of gc's
# line:col must be reported by goterp exactly.
#
#   tests/syntax_errors.sh GOTERP [DIR]
set -uo pipefail
goterp=$(realpath "$1")
dir=${2:-/usr/share/go-1.19/test/syntax}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$dir"

fail=0 gcTotal=0 gcMatched=0 files=0
for f in *.go; do
  files=$((files + 1))
  "$goterp" check -syntax "$f" > /dev/null 2> "$tmp/ours"
  status=$?
  # Not -o /dev/null: the compiler removes its output file when it fails,
  # and as root that would be /dev/null itself.
  go tool compile -o "$tmp/gc.o" "$f" > "$tmp/gc" 2>&1
  if [ "$status" != 2 ]; then
    echo "FAIL $f: exit status $status, want 2"
    fail=1
  fi
  # Lines that carry an ERROR comment (GCCGO_ERROR is gccgo's, not gc's).
  grep -n 'ERROR "' "$f" | grep -v 'GCCGO_ERROR' | while IFS=: read -r line rest; do
    pattern=$(printf '%s\n' "$rest" | sed -E 's/.*ERROR "(.*)".*/\1/')
    msg=$(grep -E "^$f:$line:[0-9]+: " "$tmp/ours" | head -n 1 | cut -d: -f4-)
    if [ -z "$msg" ]; then
      echo "FAIL $f:$line: no error reported (want /$pattern/)"
    elif ! printf '%s\n' "$msg" | grep -Eq -- "$pattern"; then
      echo "FAIL $f:$line: error \"${msg# }\" does not match /$pattern/"
    fi
  done > "$tmp/fails"
  # Errors on lines without an ERROR comment are spurious.
  grep -oE "^$f:[0-9]+:" "$tmp/ours" | cut -d: -f2 | sort -u | while read -r line; do
    sed -n "${line}p" "$f" | grep -q 'ERROR "' || echo "FAIL $f:$line: unexpected error: $(grep -E "^$f:$line:" "$tmp/ours" | head -n 1)"
  done >> "$tmp/fails"
  if [ -s "$tmp/fails" ]; then
    cat "$tmp/fails"
    fail=1
  fi
  while IFS= read -r pos; do
    gcTotal=$((gcTotal + 1))
    grep -q "^$pos: " "$tmp/ours" && gcMatched=$((gcMatched + 1))
  done < <(grep -oE "^$f:[0-9]+:[0-9]+" "$tmp/gc")
done

pct=$((gcTotal ? 100 * gcMatched / gcTotal : 0))
echo "syntax_errors: $files files; gc's line:col reported for $gcMatched of $gcTotal errors ($pct%)"
if [ "$pct" -lt 90 ]; then
  echo "syntax_errors: FAIL: under 90% of gc's positions"
  fail=1
fi
exit $fail
