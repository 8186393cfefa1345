#!/usr/bin/env bash
# Runs the Java example's JUnit tests with Maven Surefire or Gradle, with JaCoCo, and writes the
# reports test-ladder reads:
#   OUT/jacoco.xml     JaCoCo XML (Maven: jacoco-maven-plugin report; Gradle: jacocoTestReport)
#   OUT/junit/*.xml    Surefire's or Gradle's TEST-*.xml
# With --shard K/N only every N-th test class starting at the K-th runs, as a matrix leg would.
# The same commands are in examples/workflows/java-{maven,gradle}/tests.yml;
# .github/workflows/examples.yml runs this script.
#
# usage: examples/java/run.sh maven|gradle [--shard K/N] [--out DIR] [--offline]
#   (default OUT: examples/java/out/BUILD)
# Needs a JDK 17+ and Maven 3 or Gradle 8+ with Maven Central. --offline (Maven only) builds from
# Debian's /usr/share/maven-repo (packages maven libsurefire-java junit4 libmaven-compiler-plugin-java
# libmaven-resources-plugin-java libjacoco-java): there is no jacoco-maven-plugin there, so the
# JaCoCo agent from libjacoco-java is attached by hand and its report API writes the same XML.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD_TOOL="${1:-}"
shift || true
SHARD=""
OUT=""
OFFLINE=0
usage() { echo "usage: $0 maven|gradle [--shard K/N] [--out DIR] [--offline]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --shard) SHARD="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --offline) OFFLINE=1; shift ;;
    *) usage ;;
  esac
done
case "$BUILD_TOOL" in maven | gradle) ;; *) usage ;; esac
OUT="$(mkdir -p "${OUT:-$HERE/out/$BUILD_TOOL}" && cd "${OUT:-$HERE/out/$BUILD_TOOL}" && pwd)"
rm -rf "$OUT/jacoco.xml" "$OUT/junit"
mkdir -p "$OUT/junit"
cd "$HERE"
rm -rf target build # a fresh build: no class or report of an earlier run leaks into this one

classes=()
while IFS= read -r f; do classes+=("$(basename "$f" .java)"); done < <(find src/test/java -name '*Test.java' | sort)
if [ -n "$SHARD" ]; then
  k="${SHARD%/*}" n="${SHARD#*/}"
  picked=()
  for i in "${!classes[@]}"; do
    if [ $(((i + 1 - k) % n)) = 0 ]; then picked+=("${classes[$i]}"); fi
  done
  classes=("${picked[@]}")
fi
selection="$(IFS=,; echo "${classes[*]}")"

if [ "$BUILD_TOOL" = maven ] && [ "$OFFLINE" = 0 ]; then
  mvn -B -Dstyle.color=never -Pcoverage test -Dtest="$selection"
  cp target/site/jacoco/jacoco.xml "$OUT/jacoco.xml"
  cp target/surefire-reports/TEST-*.xml "$OUT/junit/"
elif [ "$BUILD_TOOL" = maven ]; then
  J=/usr/share/java
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  # JaCoCo 0.8.6 (Debian) reads class files up to Java 15: compile for 11 here. Its agent runtime
  # comes without a Premain-Class manifest: wrap it, and keep it from instrumenting itself.
  printf 'Premain-Class: org.jacoco.agent.rt.internal.PreMain\nClass-Path: %s\n' \
    "$J/org.jacoco.agent.rt.jar $J/org.jacoco.core.jar $J/asm.jar $J/asm-commons.jar $J/asm-tree.jar" \
    >"$WORK/manifest.txt"
  jar cfm "$WORK/jacocoagent.jar" "$WORK/manifest.txt"
  mvn -B -o -Dstyle.color=never -s /etc/maven/settings-debian.xml test -Dtest="$selection" \
    -Dmaven.compiler.release=11 \
    -DargLine="-javaagent:$WORK/jacocoagent.jar=destfile=$WORK/jacoco.exec,excludes=org.jacoco.*:org.objectweb.*"
  JACOCO_CP="$J/org.jacoco.report.jar:$J/org.jacoco.core.jar:$J/asm.jar:$J/asm-commons.jar:$J/asm-tree.jar"
  javac -cp "$JACOCO_CP" -d "$WORK/tool" "$ROOT/__tests__/fixtures/coverage/jacoco/tool/JacocoReport.java"
  java -cp "$WORK/tool:$JACOCO_CP" JacocoReport "$WORK/jacoco.exec" target/classes src/main/java \
    "$OUT/jacoco.xml" "$WORK/jacoco.csv"
  cp target/surefire-reports/TEST-*.xml "$OUT/junit/"
else
  [ "$OFFLINE" = 0 ] || { echo "--offline is for maven only" >&2; exit 2; }
  tests=()
  for c in "${classes[@]}"; do tests+=(--tests "example.ladder.$c"); done
  gradle --no-daemon --console=plain test "${tests[@]}"
  cp build/reports/jacoco/test/jacocoTestReport.xml "$OUT/jacoco.xml"
  cp build/test-results/test/TEST-*.xml "$OUT/junit/"
fi
echo "reports in $OUT: jacoco.xml junit/" >&2
