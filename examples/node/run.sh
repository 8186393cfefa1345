#!/usr/bin/env bash
# Runs the example suite under vitest or jest and writes the reports test-ladder reads:
#   OUT/coverage/cobertura-coverage.xml and OUT/coverage/lcov.info   (V8 coverage, istanbul reports)
#   OUT/junit.xml                                                     (vitest's junit reporter or jest-junit)
# The same commands are in examples/workflows/node-*/tests.yml; .github/workflows/examples.yml
# runs this script.
#
# usage: examples/node/run.sh vitest|jest [--shard K/N] [--out DIR]     (default OUT: examples/node/out/RUNNER)
# Installs the pinned devDependencies with `npm ci` when node_modules is missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNNER="${1:-}"
shift || true
SHARD=""
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --shard) SHARD="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "usage: $0 vitest|jest [--shard K/N] [--out DIR]" >&2; exit 2 ;;
  esac
done
case "$RUNNER" in vitest | jest) ;; *) echo "usage: $0 vitest|jest [--shard K/N] [--out DIR]" >&2; exit 2 ;; esac
OUT="$(mkdir -p "${OUT:-$HERE/out/$RUNNER}" && cd "${OUT:-$HERE/out/$RUNNER}" && pwd)"
rm -rf "$OUT/coverage" "$OUT/junit.xml"

cd "$HERE"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
export CI=1 NO_COLOR=1
shard=()
if [ -n "$SHARD" ]; then shard=("--shard=$SHARD"); fi

if [ "$RUNNER" = vitest ]; then
  npx vitest run "${shard[@]}" --coverage.enabled --coverage.reportsDirectory="$OUT/coverage" \
    --reporter=default --reporter=junit --outputFile.junit="$OUT/junit.xml"
else
  JEST_JUNIT_OUTPUT_FILE="$OUT/junit.xml" \
    node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "${shard[@]}" \
    --coverage --coverageDirectory="$OUT/coverage" --reporters=default --reporters=jest-junit
fi
echo "reports in $OUT: coverage/cobertura-coverage.xml coverage/lcov.info junit.xml" >&2
