#!/usr/bin/env bash
# Installs the Debian packages goterp needs, and only those that are missing
# (nothing runs, not even `apt-get update`, when all are present).
#
#   scripts/setup.sh build   # to build and run goterp
#   scripts/setup.sh test    # ... and to run its tests (Go 1.19 as the reference)
#   scripts/setup.sh bench   # ... and to run the benchmarks (yaegi, lua5.4)
set -euo pipefail

build="cmake g++ make pkg-config default-jre-headless antlr4 libantlr4-runtime-dev libgc-dev
       libedit-dev libboost-context-dev libboost-dev"
test="$build googletest libgtest-dev golang-go golang-1.19-src"
bench="$test yaegi lua5.4 time"

case ${1:-build} in
  build) want=$build ;;
  test) want=$test ;;
  bench) want=$bench ;;
  *) echo "usage: $0 build|test|bench" >&2; exit 2 ;;
esac

missing=()
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
echo "setup: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
