#!/usr/bin/env bash
# Runs the pytest suite of examples/project with pytest-cov and writes the reports test-ladder reads:
#   OUT/coverage.xml    pytest-cov --cov-report=xml (Cobertura, coverage.py)
#   OUT/junit.xml       pytest --junitxml
# With --shard K/N only every N-th test file starting at the K-th runs, as a matrix leg would.
# Nothing is written inside examples/project (no .coverage, no caches).
# The same commands are in examples/workflows/python/tests.yml; .github/workflows/examples.yml
# runs this script.
#
# usage: examples/python/run.sh [--shard K/N] [--out DIR]     (default OUT: examples/python/out)
# Needs a python3 with pytest and pytest-cov (pip install pytest pytest-cov; Debian:
# python3-pytest python3-pytest-cov); PYTHON names another interpreter.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$HERE/../project"
PYTHON="${PYTHON:-python3}"
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
rm -f "$OUT/coverage.xml" "$OUT/junit.xml" "$OUT/.coverage"
"$PYTHON" -c 'import pytest_cov' 2>/dev/null ||
  { echo "$PYTHON has no pytest-cov: pip install pytest pytest-cov, or set PYTHON" >&2; exit 2; }

cd "$PROJECT"
files=(tests/test_*.py)
if [ -n "$SHARD" ]; then
  k="${SHARD%/*}" n="${SHARD#*/}"
  picked=()
  for i in "${!files[@]}"; do
    if [ $(((i + 1 - k) % n)) = 0 ]; then picked+=("${files[$i]}"); fi
  done
  files=("${picked[@]}")
fi
export PYTHONDONTWRITEBYTECODE=1 COVERAGE_FILE="$OUT/.coverage"
"$PYTHON" -m pytest -p no:cacheprovider -rs --cov=ladder_demo --cov-branch \
  --cov-report=xml:"$OUT/coverage.xml" --cov-report=term --junitxml="$OUT/junit.xml" "${files[@]}"
rm -f "$OUT/.coverage"
echo "reports in $OUT: coverage.xml junit.xml" >&2
