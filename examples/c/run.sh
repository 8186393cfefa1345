#!/usr/bin/env bash
# Builds the C example with gcc --coverage, runs its test programs and writes the report
# test-ladder reads:
#   OUT/coverage.xml    gcovr --xml (Cobertura), paths relative to examples/c
# With --shard K/N only every N-th test program starting at the K-th runs, as a matrix leg would.
# The C tests have no JUnit report (a harness such as cmocka or ctest --output-junit writes one).
# The same commands are in examples/workflows/c-gcovr/tests.yml; .github/workflows/examples.yml
# runs this script.
#
# usage: examples/c/run.sh [--shard K/N] [--out DIR]      (default OUT: examples/c/out)
# Needs gcc and gcovr (Debian/Ubuntu: apt-get install gcc gcovr).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARD=""
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --shard) SHARD="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "usage: $0 [--shard K/N] [--out DIR]" >&2; exit 2 ;;
  esac
done
OUT="$(mkdir -p "${OUT:-$HERE/out}" && cd "${OUT:-$HERE/out}" && pwd)"
BUILD="$OUT/build"
rm -rf "$BUILD" "$OUT/coverage.xml"
mkdir -p "$BUILD"
cd "$HERE"

tests=(ring strutil)
if [ -n "$SHARD" ]; then
  k="${SHARD%/*}" n="${SHARD#*/}"
  picked=()
  for i in "${!tests[@]}"; do
    if [ $(((i + 1 - k) % n)) = 0 ]; then picked+=("${tests[$i]}"); fi
  done
  tests=("${picked[@]}")
fi

# Every source is compiled into every leg, so a leg that never calls a file still reports its
# lines as executable: merged legs then count each line once.
for src in src/*.c; do
  gcc --coverage -O0 -g -c "$src" -o "$BUILD/$(basename "$src" .c).o"
done
status=0
for t in "${tests[@]}"; do
  gcc --coverage -O0 -g -c "tests/test_$t.c" -o "$BUILD/test_$t.o"
  gcc --coverage -o "$BUILD/test_$t" "$BUILD/test_$t.o" "$BUILD"/ring.o "$BUILD"/strutil.o
  "$BUILD/test_$t" || status=1
done
gcovr --root "$HERE" --filter "$HERE/src/" --xml-pretty --output "$OUT/coverage.xml" --print-summary "$BUILD"
rm -rf "$BUILD"
echo "report in $OUT: coverage.xml" >&2
exit "$status"
