#!/usr/bin/env bash
# Runs the Go example's tests and writes the reports test-ladder reads:
#   OUT/cover.out    go test -coverprofile (mode: count)
#   OUT/junit.xml    gotestsum --junitfile
# With --shard K/N only every N-th package starting at the K-th is tested, as a matrix leg would.
# The same commands are in examples/workflows/go/tests.yml; .github/workflows/examples.yml runs this.
#
# usage: examples/go/run.sh [--shard K/N] [--out DIR]      (default OUT: examples/go/out)
# Needs go; gotestsum from PATH, else `go run gotest.tools/gotestsum@$GOTESTSUM_VERSION`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GOTESTSUM_VERSION=v1.12.0
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
rm -f "$OUT/cover.out" "$OUT/junit.xml"
cd "$HERE"

packages=$(go list ./...)
if [ -n "$SHARD" ]; then
  k="${SHARD%/*}" n="${SHARD#*/}"
  packages=$(printf '%s\n' $packages | awk -v k="$k" -v n="$n" '(NR - k) % n == 0')
fi
if command -v gotestsum >/dev/null; then gotestsum=(gotestsum); else gotestsum=(go run "gotest.tools/gotestsum@$GOTESTSUM_VERSION"); fi
# shellcheck disable=SC2086 # one package per word
"${gotestsum[@]}" --format testname --junitfile "$OUT/junit.xml" -- \
  -covermode=count -coverprofile="$OUT/cover.out" $packages
echo "reports in $OUT: cover.out junit.xml" >&2
