#!/usr/bin/env bash
# One command for everything on a fresh Debian 12 machine: installs what is
# missing (scripts/setup.sh), configures and builds with CMake, then
#
#   ./build.sh                       builds build/goterp
#   ./build.sh run FILE.go [args]    builds and runs a program
#   ./build.sh test                  builds and runs every test (ctest)
#   ./build.sh bench [args]          builds and runs the benchmarks
#
# Set BUILD_DIR or CMAKE_ARGS (e.g. -DGOTERP_ASAN=ON) to vary the build.
set -euo pipefail
cd "$(dirname "$0")"
cmd=${1:-build}
case $cmd in
  build | run) scripts/setup.sh build ;;
  test) scripts/setup.sh test ;;
  bench) scripts/setup.sh bench ;;
  *) echo "usage: $0 [build | run FILE.go [args...] | test | bench [args...]]" >&2; exit 2 ;;
esac
dir=${BUILD_DIR:-build}
# shellcheck disable=SC2086
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-} > "$dir.cmake.log" 2>&1 || { cat "$dir.cmake.log"; exit 1; }
cmake --build "$dir" -j "$(nproc)"
case $cmd in
  run) shift; exec "$dir/goterp" run "$@" ;;
  test) cd "$dir" && exec ctest --output-on-failure ;;
  bench) shift; GOTERP_BINARY="$dir/goterp" exec bench/run.sh "$@" ;;
esac
