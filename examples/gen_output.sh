#!/bin/sh
# gen_output.sh - (re)generate or check the "// Output:" block of example programs.
#
# Usage:
#   examples/gen_output.sh FILE.go...          rewrite each file's Output block from `go run`
#   examples/gen_output.sh -check FILE.go...   verify each Output block matches `go run` (no writes)
#
# With no FILE arguments, all examples/*.go files are processed.
#
# The Output block is everything from the last line that is exactly
# "// Output:" to the end of the file. It is replaced by "// Output:" followed
# by one "// LINE" per stdout line ("//" for an empty line). The program must
# exit with status 0, write nothing to stderr, and its stdout must end with a
# newline, be valid UTF-8 and contain no control characters except tab.

GO=${GO:-go}
check=0
if [ "$1" = "-check" ]; then
	check=1
	shift
fi
if [ $# -eq 0 ]; then
	set -- "$(dirname "$0")"/*.go
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

for f in "$@"; do
	# Program text without any existing Output block (and trailing blank lines).
	awk '
		{ lines[NR] = $0 }
		$0 == "// Output:" { cut = NR }
		END {
			n = cut ? cut - 1 : NR
			while (n > 0 && lines[n] ~ /^[ \t]*$/) n--
			for (i = 1; i <= n; i++) print lines[i]
		}' "$f" >"$tmp/body"

	if ! "$GO" run "$f" >"$tmp/out" 2>"$tmp/err"; then
		echo "FAIL $f: go run exited with non-zero status" >&2
		cat "$tmp/err" >&2
		status=1
		continue
	fi
	if [ -s "$tmp/err" ]; then
		echo "FAIL $f: program wrote to stderr" >&2
		cat "$tmp/err" >&2
		status=1
		continue
	fi
	if [ -s "$tmp/out" ] && [ "$(tail -c 1 "$tmp/out" | od -An -c | tr -d ' ')" != '\n' ]; then
		echo "FAIL $f: output does not end with a newline" >&2
		status=1
		continue
	fi

	if ! iconv -f UTF-8 -t UTF-8 <"$tmp/out" >/dev/null 2>&1; then
		echo "FAIL $f: output is not valid UTF-8 (cannot be put in a Go comment)" >&2
		status=1
		continue
	fi
	if ! LC_ALL=C tr -d '\000-\010\013-\037\177' <"$tmp/out" | cmp -s - "$tmp/out"; then
		echo "FAIL $f: output contains control characters other than tab and newline" >&2
		status=1
		continue
	fi
	if grep -q '[[:space:]]$' "$tmp/out"; then
		echo "warning: $f: output has trailing whitespace (fragile in comments)" >&2
	fi

	{
		cat "$tmp/body"
		echo
		echo "// Output:"
		sed -e 's|^|// |' -e 's|^// $|//|' "$tmp/out"
	} >"$tmp/new"

	if [ $check -eq 1 ]; then
		if cmp -s "$tmp/new" "$f"; then
			echo "ok   $f"
		else
			echo "DIFF $f" >&2
			diff "$f" "$tmp/new" >&2
			status=1
		fi
	else
		if cmp -s "$tmp/new" "$f"; then
			echo "same $f"
		else
			cp "$tmp/new" "$f"
			echo "wrote $f"
		fi
	fi
done
exit $status
