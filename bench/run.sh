#!/usr/bin/env bash
# bench/run.sh — time goterp against compiled Go, yaegi and Lua 5.4 on the
# programs in bench/, side by side in one run, and write a Markdown table.
#
#   bench/run.sh [-n RUNS] [-o FILE] [GOTERP_BINARY] [NAMES...]
#   bench/run.sh --parse [-n RUNS] [-o FILE] [GOTERP_BINARY]
#
#   -n RUNS        runs per program and tool (default 5, or $BENCH_RUNS); the
#                  table shows the median
#   -o FILE        results file (default bench/RESULTS.md); the program table
#                  replaces it, --parse appends its own table to it
#   GOTERP_BINARY  the interpreter (default build/goterp, or $GOTERP_BINARY);
#                  the first operand is taken as the binary if it contains a
#                  '/' or is not a program name
#   NAMES          programs to run (default: every expected/NAME.out);
#                  "parked" means every expected/parked@N.out, "parked@N" one
#   --parse        instead: time `GOTERP check -syntax` against `gofmt -l`
#                  over the non-generic .go files of the Go 1.19 library
#
# Environment: BENCH_RUNS, BENCH_TIMEOUT (seconds per run, default 120),
# GOTERP_BINARY, GOROOT_SRC (default /usr/share/go-1.19/src, --parse only),
# BENCH_PARSE_BATCH (files per goterp/gofmt invocation, default 200),
# BENCH_NO_INSTALL=1 (never apt-get install a missing yaegi, lua5.4 or time).
#
# Every run's stdout is compared with expected/NAME.out (expected/parked@N.out
# for parked, N passed as the last argument). A failing run, a wrong output or
# a timeout shows in the table as FAIL (exit N), FAIL (output) or >120s, never
# as a time, and the script goes on. Progress and failures go to stderr.
set -u
set -m # each measured command gets its own process group, so a timeout kills all of it

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
ORIG_PWD=$PWD

RUNS=${BENCH_RUNS:-5}
TIMEOUT=${BENCH_TIMEOUT:-120}
BATCH=${BENCH_PARSE_BATCH:-200}
GOROOT_SRC=${GOROOT_SRC:-/usr/share/go-1.19/src}
OUT=""
MODE=programs
GOTERP_ARG=""
NAMES_ARG=()

usage() { sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "run.sh: $*" >&2; exit 2; }

# ---------------------------------------------------------------- arguments
operands=()
while [ $# -gt 0 ]; do
	case $1 in
	-n) [ $# -ge 2 ] || die "-n needs a value"; RUNS=$2; shift 2 ;;
	-n*) RUNS=${1#-n}; shift ;;
	-o) [ $# -ge 2 ] || die "-o needs a value"; OUT=$2; shift 2 ;;
	-o*) OUT=${1#-o}; shift ;;
	--parse) MODE=parse; shift ;;
	-h | --help) usage; exit 0 ;;
	--) shift; operands+=("$@"); break ;;
	-*) die "unknown option $1 (see --help)" ;;
	*) operands+=("$1"); shift ;;
	esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$RUNS'"
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "BENCH_TIMEOUT must be a positive integer (seconds), not '$TIMEOUT'"
[[ $BATCH =~ ^[1-9][0-9]*$ ]] || die "BENCH_PARSE_BATCH must be a positive integer, not '$BATCH'"

is_program() { # NAME, NAME.go, parked@N
	local n=${1%.go}
	n=${n%%@*}
	[[ $n =~ ^[A-Za-z0-9_]+$ ]] && [ -f "$BENCH_DIR/$n.go" ] || return 1
	local f
	for f in "$BENCH_DIR/expected/$n.out" "$BENCH_DIR/expected/$n@"*.out; do
		[ -f "$f" ] && return 0
	done
	return 1
}
if [ ${#operands[@]} -gt 0 ]; then
	first=${operands[0]}
	if [[ $first == */* ]] || ! is_program "$first"; then
		GOTERP_ARG=$first
		operands=("${operands[@]:1}")
	fi
fi
NAMES_ARG=("${operands[@]+"${operands[@]}"}")
[ "$MODE" = parse ] && [ ${#NAMES_ARG[@]} -gt 0 ] && die "--parse takes no program names"

GOTERP_GIVEN=${GOTERP_ARG:-${GOTERP_BINARY:-build/goterp}}
if [ -n "$GOTERP_ARG" ]; then
	base_dir=$ORIG_PWD
else
	base_dir=$REPO # the default and $GOTERP_BINARY are relative to the repository
	[ -n "${GOTERP_BINARY:-}" ] && base_dir=$ORIG_PWD
fi
if [[ $GOTERP_GIVEN == */* ]]; then
	case $GOTERP_GIVEN in /*) GOTERP=$GOTERP_GIVEN ;; *) GOTERP=$base_dir/$GOTERP_GIVEN ;; esac
else
	GOTERP=$(command -v "$GOTERP_GIVEN" 2>/dev/null || echo "$base_dir/$GOTERP_GIVEN")
fi
if [ -z "$OUT" ]; then
	OUT=$BENCH_DIR/RESULTS.md
else
	case $OUT in /*) ;; *) OUT=$ORIG_PWD/$OUT ;; esac
fi

relpath() { # print $1 relative to the repository when inside it
	case $1 in "$REPO"/*) echo "${1#"$REPO"/}" ;; *) echo "$1" ;; esac
}

# The command that repeats this run, from the repository root.
repeat_cmd() {
	local c="" n
	[ "$TIMEOUT" != 120 ] && c+="BENCH_TIMEOUT=$TIMEOUT "
	[ "$MODE" = parse ] && [ "$BATCH" != 200 ] && c+="BENCH_PARSE_BATCH=$BATCH "
	[ "$MODE" = parse ] && [ "$GOROOT_SRC" != /usr/share/go-1.19/src ] && c+="GOROOT_SRC=$(printf %q "$GOROOT_SRC") "
	c+="bench/run.sh"
	[ "$MODE" = parse ] && c+=" --parse"
	c+=" -n $RUNS -o $(printf %q "$(relpath "$OUT")") $(printf %q "$(relpath "$GOTERP")")"
	for n in "${NAMES_ARG[@]+"${NAMES_ARG[@]}"}"; do c+=" $(printf %q "$n")"; done
	echo "$c"
}

# ---------------------------------------------------------------- tools
# Every measured command reads /dev/null; if something running as root has
# replaced it with a plain file, the results would be wrong.
[ -c /dev/null ] || die "/dev/null is not a character device; fix it first (mknod -m 666 /dev/null c 1 3)"

TIME_BIN=""
check_time() { [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; }
missing_pkgs=()
command -v yaegi >/dev/null || missing_pkgs+=(yaegi)
command -v lua5.4 >/dev/null || missing_pkgs+=(lua5.4)
check_time || missing_pkgs+=(time)
if [ ${#missing_pkgs[@]} -gt 0 ] && [ "$MODE" = programs ] && [ -z "${BENCH_NO_INSTALL:-}" ] &&
	[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "run.sh: installing ${missing_pkgs[*]} with apt-get" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing_pkgs[@]}" >&2 ||
		{ apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing_pkgs[@]}" >&2; } ||
		echo "run.sh: could not install ${missing_pkgs[*]}; those columns show n/a" >&2
fi
check_time && TIME_BIN=/usr/bin/time
YAEGI=$(command -v yaegi || true)
LUA=$(command -v lua5.4 || true)
GO=$(command -v go || true)
GOFMT=$(command -v gofmt || true)
[ -n "$GO" ] || die "go is not installed (Debian package golang-1.19-go / golang-go)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/goterp-bench.XXXXXX")
CUR_PGID=""
WATCHDOG=""
cleanup() {
	[ -n "$CUR_PGID" ] && kill -KILL -- "-$CUR_PGID" 2>/dev/null
	if [ -n "$WATCHDOG" ]; then # end of file on its fifo ends it
		exec 4>&-
		wait "$WATCHDOG" 2>/dev/null
	fi
	rm -rf "$TMP"
}
TMP=$(cd "$TMP" && pwd)
trap cleanup EXIT
trap 'echo "run.sh: interrupted" >&2; exit 130' INT TERM

first_line() { # first non-empty line of a command's output, or $1 when it fails
	local fallback=$1 out
	shift
	out=$(timeout 10 "$@" </dev/null 2>&1) && out=$(printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | head -n 1) && [ -n "$out" ] &&
		{ echo "$out"; return; }
	echo "$fallback"
}
goterp_version() {
	if [ ! -x "$GOTERP" ]; then echo "not found ($(relpath "$GOTERP"))"; return; fi
	local v
	v=$(first_line "" "$GOTERP" version)
	[ -n "$v" ] || v=$(first_line "" "$GOTERP" --version)
	[ -n "$v" ] || v="unknown ('$(relpath "$GOTERP") version' failed)"
	local rev
	rev=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null) && v+=", repository at $rev"
	echo "$v"
}

# ---------------------------------------------------------------- measuring
# One watchdog process for the whole script, so that no extra process is
# started around a measured command: for each process group id it reads from
# the fifo, it waits up to $TIMEOUT s for the next line ("done"); if none comes,
# it kills that process group and leaves a marker file.
mkfifo "$TMP/watchdog"
(
	exec 3<"$TMP/watchdog"
	while read -r -u 3 p; do
		[ "$p" = quit ] && exit 0
		if ! read -r -t "$TIMEOUT" -u 3 _; then
			echo "$p" >"$TMP/timedout"
			kill -TERM -- "-$p" 2>/dev/null
			sleep 1
			kill -KILL -- "-$p" 2>/dev/null
			read -r -u 3 _
		fi
	done
) </dev/null >/dev/null 2>&1 &
WATCHDOG=$!
exec 4>"$TMP/watchdog"
cd "$BENCH_DIR" || die "cannot cd to $BENCH_DIR" # every path used below is absolute

# measure CMD... — runs CMD in bench/ with stdin from /dev/null, stdout to
# $TMP/stdout, stderr to $TMP/stderr, for at most $TIMEOUT seconds. Sets M_RC
# (exit status), M_SECS (wall seconds) and M_TIMEDOUT (0/1). Must run in the
# main shell (not in a subshell or pipeline) so that job control applies.
measure() {
	local pid s e
	rm -f "$TMP/timedout"
	s=$EPOCHREALTIME
	"$@" </dev/null >"$TMP/stdout" 2>"$TMP/stderr" &
	pid=$!
	CUR_PGID=$pid
	echo "$pid" >&4
	wait "$pid" 2>/dev/null # no job notices: the status is reported below
	M_RC=$?
	e=$EPOCHREALTIME
	echo done >&4
	CUR_PGID=""
	M_SECS=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f", e - s }')
	M_TIMEDOUT=0
	if [ -f "$TMP/timedout" ] || [ "$(awk -v t="$M_SECS" -v l="$TIMEOUT" 'BEGIN { print (t >= l) }')" = 1 ]; then
		M_TIMEDOUT=1
	fi
}

# sig X N — X rounded to N significant digits, printed without exponent.
sig() {
	awk -v x="$1" -v n="$2" 'BEGIN {
		if (x == 0) { print "0"; exit }
		ax = x < 0 ? -x : x
		d = int(log(ax) / log(10)); if (10 ^ d > ax) d--; if (10 ^ (d + 1) <= ax) d++
		q = 10 ^ (d - n + 1); r = int(ax / q + 0.5) * q
		if (r >= 10 ^ (d + 1)) d++
		dec = n - 1 - d; if (dec < 0) dec = 0
		printf "%s" "%." dec "f\n", (x < 0 ? "-" : ""), r
	}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
isnum() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
ratio() { # A B — A/B with 2 significant digits, or empty
	if isnum "$1" && isnum "$2" && [ "$(awk -v b="$2" 'BEGIN { print (b > 0) }')" = 1 ]; then
		sig "$(awk -v a="$1" -v b="$2" 'BEGIN { printf "%.10g", a / b }')" 2
	fi
}

FAILLOG=$TMP/failures.md
: >"$FAILLOG"
log_failure() { # TOOL ENTRY STATUS CMD... (uses $TMP/stdout, $TMP/stderr, $EXPECTED)
	local tool=$1 entry=$2 status=$3
	shift 3
	echo "run.sh: $entry / $tool: $status" >&2
	{
		echo "- **$entry / $tool**: $status — \`$(printf '%q ' "$@" | sed 's/ $//')\`"
		if [ "$status" = "FAIL (output)" ]; then
			echo
			echo '  ```diff'
			diff "$EXPECTED" "$TMP/stdout" | head -n 8 | sed 's/^/  /'
			echo '  ```'
		fi
		if [ -s "$TMP/stderr" ]; then
			echo
			echo '  ```'
			head -n 8 "$TMP/stderr" | cut -c1-300 | sed 's/^/  /'
			echo '  ```'
		fi
	} >>"$FAILLOG"
}

devnull_note() {
	[ -c /dev/null ] || echo "- **warning: /dev/null stopped being a character device during the run; these results are not reliable**"
}

machine_lines() {
	local cpu mem
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
	mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576; exit }' /proc/meminfo 2>/dev/null)
	echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "- machine: $(nproc) cores (nproc), ${cpu:-unknown CPU}, ${mem:-? GiB} RAM, $(uname -sr); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# ================================================================ --parse
if [ "$MODE" = parse ]; then
	[ -n "$GOFMT" ] || die "gofmt is not installed"
	[ -d "$GOROOT_SRC" ] || die "$GOROOT_SRC is not a directory (set GOROOT_SRC)"
	echo "run.sh: building bench/nongeneric.go and listing the files" >&2
	(cd "$BENCH_DIR" && "$GO" build -o "$TMP/nongeneric" nongeneric.go) || die "could not build bench/nongeneric.go"
	"$TMP/nongeneric" -v "$GOROOT_SRC" >"$TMP/files" 2>"$TMP/nongeneric.log" || die "nongeneric failed: $(cat "$TMP/nongeneric.log")"
	NFILES=$(wc -l <"$TMP/files")
	NGOFILES=$(find "$GOROOT_SRC" -type f -name '*.go' | wc -l)
	SIZE=$(xargs -d '\n' -a "$TMP/files" cat | wc -c)
	cat "$TMP/nongeneric.log" >&2
	xargs -d '\n' -a "$TMP/files" cat >/dev/null # warm the page cache
	declare -A P_TIMES=() P_STATUS=()
	for ((r = 1; r <= RUNS; r++)); do
		for tool in gofmt goterp; do
			[ -n "${P_STATUS[$tool]:-}" ] && continue
			if [ $tool = gofmt ]; then
				cmd=(xargs -d '\n' -a "$TMP/files" -P 2 -n "$BATCH" "$GOFMT" -l)
			else
				if [ ! -x "$GOTERP" ]; then P_STATUS[$tool]="FAIL (not found)"; continue; fi
				cmd=(xargs -d '\n' -a "$TMP/files" -P 2 -n "$BATCH" "$GOTERP" check -syntax)
			fi
			measure "${cmd[@]}"
			if [ "$M_TIMEDOUT" = 1 ]; then
				P_STATUS[$tool]=">${TIMEOUT}s"
				EXPECTED=/dev/null log_failure "$tool" "parse $NFILES files" ">${TIMEOUT}s" "${cmd[@]}"
			elif [ "$M_RC" != 0 ]; then
				P_STATUS[$tool]="FAIL (exit $M_RC)"
				EXPECTED=/dev/null log_failure "$tool" "parse $NFILES files" "FAIL (exit $M_RC)" "${cmd[@]}"
			else
				P_TIMES[$tool]+="$M_SECS "
				echo "run.sh: parse / $tool run $r/$RUNS: ${M_SECS}s" >&2
			fi
		done
	done
	cell() {
		if [ -n "${P_STATUS[$1]:-}" ]; then echo "${P_STATUS[$1]}"; else
			# shellcheck disable=SC2086
			sig "$(median ${P_TIMES[$1]})" 3
		fi
	}
	gf=$(cell gofmt)
	gt=$(cell goterp)
	{
		if [ -s "$OUT" ]; then echo; else echo "# goterp benchmarks"; fi
		echo
		echo "## Parsing the Go 1.19 standard library"
		echo
		machine_lines
		echo "- versions: gofmt from $("$GO" version); goterp: $(goterp_version)"
		echo "- command (from the repository root): \`$(repeat_cmd)\`"
		echo "- files: the $NFILES of the $NGOFILES .go files under $GOROOT_SRC (testdata included, $SIZE bytes) that go/parser parses and that declare no type parameters (listed by bench/nongeneric.go); both tools get the same list as arguments, $BATCH files per invocation, \`xargs -P2\` (2 cores each)"
		echo "- each cell: median wall seconds of $RUNS runs (\`$(relpath "$GOTERP") check -syntax FILES...\` vs \`gofmt -l FILES...\`, gofmt's stdout ignored); FAIL (exit N) = a batch failed, >${TIMEOUT}s = timed out"
		echo
		echo "| files | gofmt -l | goterp check -syntax | goterp/gofmt |"
		echo "|---|---|---|---|"
		echo "| $NFILES | $gf | $gt | $(ratio "$gt" "$gf") |"
		devnull_note
		if [ -s "$FAILLOG" ]; then
			echo
			echo "Failures (first lines of stderr):"
			echo
			cat "$FAILLOG"
		fi
	} >>"$OUT"
	echo "run.sh: appended the parse table to $OUT" >&2
	exit 0
fi

# ================================================================ programs
ORDER=(fib sieve nbody spectralnorm mandelbrot fannkuch strings maps sort_ints sort_slice iface closures
	binarytrees alloc goroutines pingpong pipeline select mutex primesieve parked hello)

entries_for() { # NAME or NAME@N -> entries NAME or NAME@N (one per expected file)
	local n=${1%.go} base f
	base=${n%%@*}
	if [ "$n" != "$base" ]; then
		[ -f "$BENCH_DIR/expected/$n.out" ] && echo "$n"
		return
	fi
	[ -f "$BENCH_DIR/expected/$base.out" ] && echo "$base"
	for f in "$BENCH_DIR/expected/$base@"*.out; do
		[ -f "$f" ] || continue
		f=${f##*/}
		echo "${f%.out}"
	done | sort -t@ -k2,2n
}

ENTRIES=()
if [ ${#NAMES_ARG[@]} -gt 0 ]; then
	for n in "${NAMES_ARG[@]}"; do
		is_program "$n" || die "unknown program '$n' (no bench/${n%%@*}.go with an expected/ file)"
		mapfile -t -O ${#ENTRIES[@]} ENTRIES < <(entries_for "$n")
	done
	[ ${#ENTRIES[@]} -gt 0 ] || die "no expected output for ${NAMES_ARG[*]}"
else
	declare -A seen=()
	for n in "${ORDER[@]}"; do seen[$n]=1; done
	all=("${ORDER[@]}")
	for f in "$BENCH_DIR"/expected/*.out; do
		n=${f##*/}
		n=${n%.out}
		n=${n%%@*}
		[ -n "${seen[$n]:-}" ] && continue
		seen[$n]=1
		all+=("$n")
	done
	for n in "${all[@]}"; do
		[ -f "$BENCH_DIR/$n.go" ] || continue
		mapfile -t -O ${#ENTRIES[@]} ENTRIES < <(entries_for "$n")
	done
fi

TOOLS=(go goterp yaegi lua)
declare -A TIMES=() RSS=() STATUS=()
[ -x "$GOTERP" ] || echo "run.sh: warning: $GOTERP is not an executable; the goterp column will show FAIL (not found)" >&2
[ -n "$TIME_BIN" ] || echo "run.sh: warning: no GNU time at /usr/bin/time (package time); parked's peak RSS shows n/a" >&2

echo "run.sh: building the Go programs" >&2
mkdir -p "$TMP/go"
declare -A BUILT=()
for e in "${ENTRIES[@]}"; do
	base=${e%%@*}
	[ -n "${BUILT[$base]:-}" ] && continue
	if (cd "$BENCH_DIR" && "$GO" build -o "$TMP/go/$base" "$base.go") 2>"$TMP/build.err"; then
		BUILT[$base]=ok
	else
		BUILT[$base]=fail
		echo "run.sh: go build $base.go failed:" >&2
		cat "$TMP/build.err" >&2
	fi
done

for e in "${ENTRIES[@]}"; do
	base=${e%%@*}
	arg=()
	[ "$e" != "$base" ] && arg=("${e#*@}")
	EXPECTED=$BENCH_DIR/expected/$e.out
	want_rss=0
	[ "$base" = parked ] && want_rss=1
	for tool in "${TOOLS[@]}"; do
		k="$e|$tool"
		case $tool in
		go) [ "${BUILT[$base]}" = ok ] || STATUS[$k]="FAIL (build)" ;;
		goterp) [ -x "$GOTERP" ] || STATUS[$k]="FAIL (not found)" ;;
		yaegi) [ -n "$YAEGI" ] || STATUS[$k]="n/a" ;;
		lua) if [ ! -f "$BENCH_DIR/$base.lua" ]; then STATUS[$k]="-"; elif [ -z "$LUA" ]; then STATUS[$k]="n/a"; fi ;;
		esac
	done
	for ((r = 1; r <= RUNS; r++)); do
		for tool in "${TOOLS[@]}"; do
			k="$e|$tool"
			[ -n "${STATUS[$k]:-}" ] && continue
			case $tool in
			go) cmd=("$TMP/go/$base" "${arg[@]+"${arg[@]}"}") ;;
			goterp) cmd=("$GOTERP" run "$base.go" "${arg[@]+"${arg[@]}"}") ;;
			yaegi) cmd=("$YAEGI" run "$base.go" "${arg[@]+"${arg[@]}"}") ;;
			lua) cmd=("$LUA" "$base.lua" "${arg[@]+"${arg[@]}"}") ;;
			esac
			if [ $want_rss = 1 ] && [ -n "$TIME_BIN" ]; then
				rm -f "$TMP/rss"
				measure "$TIME_BIN" -f '%M' -o "$TMP/rss" "${cmd[@]}"
			else
				measure "${cmd[@]}"
			fi
			if [ "$M_TIMEDOUT" = 1 ]; then
				STATUS[$k]=">${TIMEOUT}s"
			elif [ "$M_RC" != 0 ]; then
				if [ "$M_RC" -gt 128 ] && [ "$M_RC" -lt 160 ]; then
					STATUS[$k]="FAIL (signal $((M_RC - 128)))"
				else
					STATUS[$k]="FAIL (exit $M_RC)"
				fi
			elif ! cmp -s "$EXPECTED" "$TMP/stdout"; then
				STATUS[$k]="FAIL (output)"
			fi
			if [ -n "${STATUS[$k]:-}" ]; then
				log_failure "$tool" "$e" "${STATUS[$k]}" "${cmd[@]}"
				continue
			fi
			TIMES[$k]+="$M_SECS "
			msg="${M_SECS}s"
			if [ $want_rss = 1 ] && [ -n "$TIME_BIN" ]; then
				kib=$(tail -n 1 "$TMP/rss" 2>/dev/null)
				if isnum "$kib"; then
					RSS[$k]+="$kib "
					msg+=", peak RSS ${kib} KiB"
				fi
			fi
			echo "run.sh: $e / $tool run $r/$RUNS: $msg" >&2
		done
	done
done

# ---------------------------------------------------------------- start-up
# hello again, through bench/launch.go instead of bash: bash's fork and job
# control cost more than a hello world itself. Rounds of LAUNCHES runs per
# tool, the tools interleaved, RUNS rounds.
LAUNCHES=10
declare -A UP=()
UP_OK=0
if [ "${BUILT[hello]:-}" = ok ]; then
	if (cd "$BENCH_DIR" && "$GO" build -o "$TMP/launch" launch.go) 2>"$TMP/build.err"; then
		UP_OK=1
		for ((r = 1; r <= RUNS; r++)); do
			for tool in "${TOOLS[@]}"; do
				[ -n "${STATUS[hello|$tool]:-}" ] && continue
				case $tool in
				go) cmd=("$TMP/go/hello") ;;
				goterp) cmd=("$GOTERP" run hello.go) ;;
				yaegi) cmd=("$YAEGI" run hello.go) ;;
				lua) cmd=("$LUA" hello.lua) ;;
				esac
				if out=$("$TMP/launch" "$LAUNCHES" "${cmd[@]}" 2>"$TMP/launch.err"); then
					UP[$tool]+="$(echo $out) "
				else
					echo "run.sh: start-up / $tool failed: $(cat "$TMP/launch.err")" >&2
					STATUS[hello|$tool]="FAIL (launch)"
				fi
			done
			echo "run.sh: start-up round $r/$RUNS done" >&2
		done
	else
		echo "run.sh: go build launch.go failed:" >&2
		cat "$TMP/build.err" >&2
	fi
fi
up_cell() { # TOOL STAT → milliseconds (3 digits), STAT = min or median
	local t=$1
	if [ -n "${STATUS[hello|$t]:-}" ]; then
		[ "${STATUS[hello|$t]}" = "-" ] && echo "" || echo "${STATUS[hello|$t]}"
		return
	fi
	local v
	# shellcheck disable=SC2086
	if [ "$2" = min ]; then v=$(printf '%s\n' ${UP[$t]} | sort -g | head -n 1); else v=$(median ${UP[$t]}); fi
	sig "$(awk -v s="$v" 'BEGIN { printf "%.6f", s * 1000 }')" 3
}

# ---------------------------------------------------------------- table
cell() { # KEY → median seconds (3 digits) or the status
	local k=$1
	if [ -n "${STATUS[$k]:-}" ]; then
		[ "${STATUS[$k]}" = "-" ] && echo "" || echo "${STATUS[$k]}"
	else
		# shellcheck disable=SC2086
		sig "$(median ${TIMES[$k]})" 3
	fi
}
rss_cell() { # KEY → median peak RSS in MiB (3 digits) or the status
	local k=$1
	if [ -n "${STATUS[$k]:-}" ]; then
		[ "${STATUS[$k]}" = "-" ] && echo "" || echo "${STATUS[$k]}"
	elif [ -z "${RSS[$k]:-}" ]; then
		echo "n/a"
	else
		# shellcheck disable=SC2086
		sig "$(awk -v k="$(median ${RSS[$k]})" 'BEGIN { printf "%.6f", k / 1024 }')" 3
	fi
}
row() { # LABEL GO GOTERP YAEGI LUA
	echo "| $1 | $2 | $3 | $4 | $5 | $(ratio "$3" "$2") | $(ratio "$4" "$3") | $(ratio "$3" "$5") |"
}

mkdir -p "$(dirname "$OUT")"
{
	echo "# goterp benchmarks"
	echo
	machine_lines
	echo "- versions: $("$GO" version); yaegi $(if [ -n "$YAEGI" ]; then first_line unknown "$YAEGI" version; else echo "not installed"; fi); $(if [ -n "$LUA" ]; then first_line unknown "$LUA" -v; else echo "lua5.4 not installed"; fi); goterp: $(goterp_version)"
	echo "- command (from the repository root): \`$(repeat_cmd)\`"
	echo "- each cell: median wall seconds of $RUNS runs, all tools interleaved in the same run: go = the binary from \`go build\` (build not timed), goterp = \`$(relpath "$GOTERP") run NAME.go\`, yaegi = \`yaegi run NAME.go\`, lua = \`lua5.4 NAME.lua\` (blank: no NAME.lua); parked@N gets N as its last argument, and its peak RSS (GNU time %M, median) in MiB on its own row"
	echo "- FAIL (exit N) / FAIL (signal N) = a run failed, FAIL (output) = stdout differs from bench/expected/, >${TIMEOUT}s = a run timed out (BENCH_TIMEOUT), n/a = tool not installed; details under Failures"
	echo
	echo "| program | go | goterp | yaegi | lua | goterp/go | yaegi/goterp | goterp/lua |"
	echo "|---|---|---|---|---|---|---|---|"
	for e in "${ENTRIES[@]}"; do
		row "$e" "$(cell "$e|go")" "$(cell "$e|goterp")" "$(cell "$e|yaegi")" "$(cell "$e|lua")"
		if [ "${e%%@*}" = parked ]; then
			row "$e peak RSS (MiB)" "$(rss_cell "$e|go")" "$(rss_cell "$e|goterp")" "$(rss_cell "$e|yaegi")" "$(rss_cell "$e|lua")"
		fi
	done
	if [ $UP_OK = 1 ]; then
		echo
		echo "## Start-up: hello end to end"
		echo
		echo "Milliseconds from starting the process to its exit, measured by bench/launch.go (os/exec, no shell in between), $((LAUNCHES * RUNS)) runs per tool in $RUNS interleaved rounds; in that time goterp parses and checks hello.go, loads the packages it imports (fmt and, through it, errors, io, os and io/fs) and compiles the functions that run."
		echo
		echo "| | go | goterp | yaegi | lua |"
		echo "|---|---|---|---|---|"
		echo "| minimum | $(up_cell go min) | $(up_cell goterp min) | $(up_cell yaegi min) | $(up_cell lua min) |"
		echo "| median | $(up_cell go median) | $(up_cell goterp median) | $(up_cell yaegi median) | $(up_cell lua median) |"
	fi
	devnull_note
	if [ -s "$FAILLOG" ]; then
		echo
		echo "## Failures"
		echo
		cat "$FAILLOG"
	fi
} >"$OUT.tmp.$$" && mv "$OUT.tmp.$$" "$OUT"
echo "run.sh: wrote $OUT" >&2
