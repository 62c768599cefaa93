#!/usr/bin/env bash
# select.sh — choose the programs of Go's own test suite that goterp is
# expected to run, and write them to subset.txt as "<path> <seq|conc>".
#
# Usage: tests/gotest/select.sh [-v]
#   -v   also list every dropped program with the reason
#
# Environment:
#   GOTEST_ROOT  test suite root (default /usr/share/go-1.19/test, from the
#                Debian package golang-1.19-src)
#   GO           go command used to run classify.go (default: go)
#
# The work is split in two:
#   * here, text-level checks on the file's header and location (which test
#     directive it has, whether it is part of a multi-file test);
#   * classify.go, which parses the program with go/parser and decides
#     everything about its content (imports, generics, directives, build
#     constraints, seq vs conc).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=${GOTEST_ROOT:-/usr/share/go-1.19/test}
go=${GO:-go}
verbose=0
case "${1:-}" in
    "") ;;
    -v) verbose=1 ;;
    *) echo "usage: $0 [-v]" >&2; exit 2 ;;
esac

if [ ! -d "$root" ]; then
    echo "select.sh: $root not found (apt-get install golang-1.19-src)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. Every .go file outside *.dir directories (those hold the packages of
#    multi-file tests, never a standalone program).
( cd "$root" && find . -name '*.dir' -prune -o -type f -name '*.go' -print ) \
    | sed 's|^\./||' | LC_ALL=C sort > "$tmp/all"

# 2. Find each file's test directive: the first line that is not blank and
#    not a build constraint (Go's test driver, test/run.go, reads the
#    "execution recipe" at the same place). One awk process reads all the
#    files; it prints "<path><TAB><directive line>".
( cd "$root" && tr '\n' '\0' < "$tmp/all" | xargs -0 awk '
    FNR == 1                    { found = 0 }
    found                       { next }
    /^[ \t\r]*$/                { next }   # blank line
    /^\/\/go:build/             { next }   # build constraint (new style)
    /^\/\/[ \t]*\+build/        { next }   # build constraint (old style)
    { print FILENAME "\t" $0; found = 1 }
' ) > "$tmp/directives"

# Keep files whose directive is a bare "// run". test/run.go strips the
# leading "//" and splits on blanks, so "//run" is the same action and is
# accepted too. Anything after "run" (flags such as -gcflags, -race, -t, or
# program arguments) means the test needs the go command or arguments, so it
# is left out, as are runoutput/rundir/runindir/errorcheck/...
awk -F'\t' '$2 ~ /^\/\/[ \t]*run([ \t]|$)/ { print $1 }' "$tmp/directives" \
    | LC_ALL=C sort > "$tmp/run_any"
awk -F'\t' '$2 ~ /^\/\/ ?run[ \t\r]*$/ { print $1 }' "$tmp/directives" \
    | LC_ALL=C sort > "$tmp/run_bare"

# 3. A program with a companion directory (foo.go beside foo.dir/) is part
#    of a multi-file test, even if its directive says "run".
: > "$tmp/candidates" ; : > "$tmp/companion"
while IFS= read -r rel; do
    if [ -d "$root/${rel%.go}.dir" ]; then
        echo "$rel" >> "$tmp/companion"
    else
        echo "$rel" >> "$tmp/candidates"
    fi
done < "$tmp/run_bare"

# 4. Content checks and seq/conc classification, by real parsing.
#    GOFLAGS is cleared so a developer's settings (e.g. -mod=vendor) cannot
#    break `go run` of a file that lives outside any module.
GOFLAGS= "$go" run "$here/classify.go" -root "$root" \
    < "$tmp/candidates" > "$tmp/classified"
if [ "$(wc -l < "$tmp/classified")" -ne "$(wc -l < "$tmp/candidates")" ]; then
    echo "select.sh: classify.go did not classify every candidate" >&2
    exit 1
fi

# 5. Drop the checked-in exclusions: programs that fail even under the real
#    Go toolchain when run by run.sh (nondeterministic, environment-bound,
#    or not really a single-file program).
#    Format of exclude.txt: "<path> <reason...>", '#' comments allowed.
exclude="$here/exclude.txt"
: > "$tmp/excluded_paths"
if [ -f "$exclude" ]; then
    sed -e 's/#.*//' "$exclude" | awk 'NF { print $1 }' | LC_ALL=C sort -u \
        > "$tmp/excluded_paths"
fi

awk -F'\t' '$1 == "keep" { print $2, $3 }' "$tmp/classified" \
    | LC_ALL=C sort > "$tmp/kept"
# join needs both inputs sorted the same way; -v1 keeps the unmatched lines.
LC_ALL=C join -v1 "$tmp/kept" "$tmp/excluded_paths" > "$here/subset.txt"
LC_ALL=C join "$tmp/kept" "$tmp/excluded_paths" > "$tmp/excluded_hit"

# Warn about stale exclusions, so exclude.txt does not rot silently.
awk '{ print $1 }' "$tmp/kept" | LC_ALL=C join -v1 "$tmp/excluded_paths" - \
    | while IFS= read -r p; do
        echo "select.sh: warning: exclude.txt lists $p, which is not in the subset anyway" >&2
    done

# 6. Report.
count() { wc -l < "$1" | tr -d ' '; }
kept=$(count "$here/subset.txt")
seq=$(awk '$2 == "seq"' "$here/subset.txt" | wc -l | tr -d ' ')
conc=$(awk '$2 == "conc"' "$here/subset.txt" | wc -l | tr -d ' ')

echo "Go test files scanned:                 $(count "$tmp/all") (outside *.dir)"
echo "directive 'run' (with or without args): $(count "$tmp/run_any")"
echo "directive bare '// run':               $(count "$tmp/run_bare")"
echo "  dropped, companion .dir:             $(count "$tmp/companion")"
echo "  dropped by classify.go:"
awk -F'\t' '$1 == "drop" { print $3 }' "$tmp/classified" | sort | uniq -c \
    | sort -rn | awk '{ printf "    %-20s %5d\n", $2, $1 }'
echo "  imports outside the subset (programs, by first such import):"
awk -F'\t' '$1 == "drop" && $3 == "import" { print $4 }' "$tmp/classified" \
    | sort | uniq -c | sort -rn | awk '{ printf "    %-20s %5d\n", $2, $1 }'
echo "  excluded by exclude.txt:             $(count "$tmp/excluded_hit")"
echo "kept in subset.txt:                    $kept (seq: $seq, conc: $conc)"

if [ "$verbose" = 1 ]; then
    echo
    echo "dropped programs:"
    sed 's/^/  companion-dir  /' "$tmp/companion"
    awk -F'\t' '$1 == "drop" { printf "  %-14s %s: %s\n", $3, $2, $4 }' \
        "$tmp/classified"
fi
