#!/usr/bin/env bash
# fake_go.sh — a stand-in for goterp built on the real Go toolchain.
#
# It documents the interface run.sh expects from an interpreter:
#   * it is called as `BINARY run FILE`, from FILE's directory, with stdin
#     from /dev/null;
#   * it runs the single-file program FILE;
#   * the program's stdout and stderr are compared with FILE's golden output
#     (foo.go -> foo.out), or must be empty if there is none;
#   * it exits 0 when the program succeeds and non-zero when it fails (the
#     real runtime exits 2 on a panic; `go run` turns any failure into 1
#     and adds "exit status N" to stderr, which is fine for this purpose).
#
# Used to check run.sh itself: `tests/gotest/run.sh tests/gotest/fake_go.sh`
# should pass every program of subset.txt (exclude.txt lists the ones that do
# not, and why).
set -u
if [ "$#" -ne 2 ] || [ "$1" != run ]; then
    echo "usage: $0 run FILE" >&2
    exit 2
fi
exec go run "$2"
