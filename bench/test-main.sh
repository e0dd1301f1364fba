#!/usr/bin/env bash
# Runs a main class of doc-core's test sources (a benchmark harness) with doc-core's classpath:
#   bench/test-main.sh CLASS [ARGS...]
# Compiles the tests first (offline). MVN_ARGS adds Maven options, JAVA_OPTS JVM options.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
(cd "$REPO" && ./mvnw -q -o ${MVN_ARGS:-} test-compile -pl doc-core) >/dev/null
cp=$(cd "$REPO/doc-core" && ../mvnw -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
cd "$REPO/doc-core"
java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$cp" "$@" 2>&1 | grep -v '^SLF4J'
