#!/usr/bin/env bash
# run.sh — run goterp over the selected programs of Go's own test suite.
#
# Usage: tests/gotest/run.sh GOTERP_BINARY [LIST] [--update-expected]
#
#   GOTERP_BINARY      called as `GOTERP_BINARY run FILE` from FILE's
#                      directory, stdin from /dev/null (fake_go.sh shows the
#                      interface with the real go command).
#   LIST               lines "<path> <seq|conc>", paths relative to the test
#                      suite root; default tests/gotest/subset.txt.
#   --update-expected  rewrite expected_pass.txt from this run's passes.
#
# Environment (all optional):
#   GOTEST_ROOT     test suite root (default /usr/share/go-1.19/test)
#   GOTEST_JOBS     programs run at once (default 2: the machine has 2 cores)
#   GOTEST_TIMEOUT  seconds per program (default 30: the slowest programs
#                   that pass, abi/fibish*, take about 6 s on a quiet machine
#                   and must not fail CI on a loaded one)
#   GOTEST_KEEP     directory in which to keep each program's output
#                   (<path>.actual) for looking at failures
#
# A program passes when it exits 0 within the timeout and its stdout+stderr
# equal the golden file next to it (foo.go -> foo.out) or, when there is no
# golden file, are empty. That is the rule of Go's own driver, test/run.go
# (checkExpectedOutput): many of these tests report a failure by printing
# "BUG ..." and still exit 0, so exit status alone is not enough.
#
# Exit status: 1 if a program listed in expected_pass.txt failed (a
# regression), 2 on a usage error or when the run itself was broken (see
# devnull_ok), 0 otherwise, even if other programs fail.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
self="$here/$(basename "$0")"
root=${GOTEST_ROOT:-/usr/share/go-1.19/test}
timeout_s=${GOTEST_TIMEOUT:-30}
jobs=${GOTEST_JOBS:-2}

# The environment Go's driver gives its test programs (test/run.go sets
# GOOS/GOARCH when unset; env.go checks $GOARCH == runtime.GOARCH). goterp
# emulates linux/amd64. GOENV/GOFLAGS only matter to fake_go.sh's `go run`.
export GOOS=${GOOS:-linux} GOARCH=${GOARCH:-amd64} GOENV=off GOFLAGS=

# ---------------------------------------------------------------------------
# Worker: `run.sh --one PATH` runs one program and prints one result line,
# "PASS<TAB>path" or "FAIL<TAB>path<TAB>reason". xargs calls it in parallel;
# the settings come from the environment exported by the main part below.
if [ "${1:-}" = "--one" ]; then
    rel=$2
    file="$root/$rel"
    actual="$GOTEST_OUTDIR/$rel.actual"
    mkdir -p "$(dirname "$actual")"
    rm -f "$actual"

    # timeout puts the program in its own process group and kills the whole
    # group, so goroutine-spawned children cannot outlive it; -k escalates
    # to SIGKILL if the interpreter ignores SIGTERM.
    ( cd "$(dirname "$file")" &&
        exec timeout -k 5 "$timeout_s" "$GOTEST_BIN" run "$(basename "$file")" \
    ) < /dev/null > "$actual" 2>&1
    rc=$?

    # First line of the output, shortened: a hint for the failure line.
    hint=""
    [ -f "$actual" ] && hint=$(head -c 2000 "$actual" | head -n 1 | cut -c 1-100)
    golden="${file%.go}.out"
    if [ ! -c /dev/null ] || [ ! -f "$actual" ]; then
        # Not the program's fault: the redirections above failed.
        reason="harness error: /dev/null is not a device or no output file"
    elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        reason="timeout after ${timeout_s}s"
    elif [ "$rc" -ne 0 ]; then
        reason="exit status $rc${hint:+: $hint}"
    elif [ -f "$golden" ]; then
        if cmp -s "$golden" "$actual"; then
            reason=""
        else
            # cmp says where: "... differ: byte N, line L" or "EOF on ...".
            where=$(cmp "$golden" "$actual" 2>&1 | sed -n 's/.*\(line [0-9]*\).*/\1/p; s/.*\(EOF on\).*/output too short or too long/p')
            reason="output mismatch with $(basename "$golden")${where:+ ($where)}"
        fi
    elif [ -s "$actual" ]; then
        reason="unexpected output (no $(basename "$golden")): $hint"
    else
        reason=""
    fi

    if [ -z "$reason" ]; then
        printf 'PASS\t%s\n' "$rel"
    else
        printf 'FAIL\t%s\t%s\n' "$rel" "$reason"
    fi
    exit 0
fi

# ---------------------------------------------------------------------------
# Main part.
usage() {
    echo "usage: $0 GOTERP_BINARY [LIST] [--update-expected]" >&2
    exit 2
}

update=0
positional=()
for arg in "$@"; do
    case "$arg" in
        --update-expected) update=1 ;;
        -h | --help) usage ;;
        -*) echo "run.sh: unknown option $arg" >&2; usage ;;
        *) positional+=("$arg") ;;
    esac
done
[ "${#positional[@]}" -ge 1 ] && [ "${#positional[@]}" -le 2 ] || usage
bin=${positional[0]}
list=${positional[1]:-$here/subset.txt}
expected="$here/expected_pass.txt"

# The binary is run from each test's directory, so make its path absolute
# (or look it up in PATH if it is a bare name).
case "$bin" in
    */*) bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" ;;
    *) bin=$(command -v "$bin") || { echo "run.sh: ${positional[0]} not found in PATH" >&2; exit 2; } ;;
esac
[ -x "$bin" ] || { echo "run.sh: $bin is not executable" >&2; exit 2; }
[ -f "$list" ] || { echo "run.sh: list $list not found" >&2; exit 2; }
list="$(cd "$(dirname "$list")" && pwd)/$(basename "$list")"
[ -d "$root" ] || { echo "run.sh: $root not found (apt-get install golang-1.19-src)" >&2; exit 2; }
# Every program reads /dev/null; if it is not the device (something running
# as root replaced it with a plain file), all results would be wrong.
devnull_ok() { [ -c /dev/null ]; }
devnull_ok || { echo "run.sh: /dev/null is not a character device; fix it first (mknod -m 666 /dev/null c 1 3)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${GOTEST_KEEP:-}" ]; then
    mkdir -p "$GOTEST_KEEP"
    outdir=$(cd "$GOTEST_KEEP" && pwd)
else
    outdir="$tmp/out"
fi
export GOTEST_BIN="$bin" GOTEST_OUTDIR="$outdir" GOTEST_ROOT="$root" \
    GOTEST_TIMEOUT="$timeout_s"

# "<path> <class>" from the list, without comments or blank lines.
sed -e 's/#.*//' "$list" | awk 'NF { print $1, ($2 == "" ? "?" : $2) }' \
    | LC_ALL=C sort -u > "$tmp/list"

# Run in parallel. Each worker writes its one result line in a single
# printf, so lines from the two jobs do not mix.
awk '{ print $1 }' "$tmp/list" \
    | xargs -d '\n' -P "$jobs" -n 1 "$self" --one > "$tmp/results"

LC_ALL=C sort "$tmp/results" -k2,2 -t "$(printf '\t')" > "$tmp/results.sorted"
awk -F'\t' '$1 == "FAIL" { printf "FAIL %s: %s\n", $2, $3 }' "$tmp/results.sorted"
awk -F'\t' '$1 == "PASS" { print $2 }' "$tmp/results.sorted" | LC_ALL=C sort > "$tmp/passed"

# Regressions: programs expected to pass that were run and did not pass.
# Programs of expected_pass.txt that are not in this list are not judged.
: > "$tmp/expected"
if [ -f "$expected" ]; then
    sed -e 's/#.*//' "$expected" | awk 'NF { print $1 }' | LC_ALL=C sort -u > "$tmp/expected"
fi
awk '{ print $1 }' "$tmp/list" > "$tmp/ran"
LC_ALL=C comm -12 "$tmp/expected" "$tmp/ran" | LC_ALL=C comm -23 - "$tmp/passed" > "$tmp/regressions"
LC_ALL=C comm -23 "$tmp/expected" "$tmp/ran" > "$tmp/not_run"

while IFS= read -r p; do
    echo "REGRESSION $p (listed in expected_pass.txt)"
done < "$tmp/regressions"
if [ -s "$tmp/not_run" ]; then
    echo "note: $(wc -l < "$tmp/not_run" | tr -d ' ') program(s) of expected_pass.txt not in $list, not run"
fi
[ -n "${GOTEST_KEEP:-}" ] && echo "outputs kept in $outdir"

# Summary, with the seq/conc split taken from the list's second column.
LC_ALL=C join "$tmp/list" <(sed 's/$/ PASS/' "$tmp/passed") > "$tmp/passed_class"
awk -v passed_file="$tmp/passed_class" '
    BEGIN { while ((getline line < passed_file) > 0) { split(line, f, " "); ok[f[1]] = 1 } }
    { total[$2]++; n++; if ($1 in ok) { pass[$2]++; p++ } }
    END {
        printf "gotest: sequential %d/%d, concurrent %d/%d\n", pass["seq"], total["seq"], pass["conc"], total["conc"]
        printf "%d passed, %d failed\n", p, n - p
    }' "$tmp/list"

if [ "$update" = 1 ]; then
    # Over the default list the file becomes exactly this run's passes (so
    # programs that left subset.txt leave it too). Over a custom LIST, the
    # entries for programs it did not cover are kept: a partial run must not
    # forget them.
    if [ "$list" = "$here/subset.txt" ]; then
        LC_ALL=C sort -u "$tmp/passed" > "$expected"
    else
        cat "$tmp/not_run" "$tmp/passed" | LC_ALL=C sort -u > "$expected"
    fi
    echo "updated $expected: $(wc -l < "$expected" | tr -d ' ') programs"
fi

if ! devnull_ok || grep -q 'harness error' "$tmp/results"; then
    echo "run.sh: /dev/null stopped being a character device during the run; results are not reliable" >&2
    exit 2
fi
[ -s "$tmp/regressions" ] && exit 1
exit 0
