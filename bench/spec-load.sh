#!/usr/bin/env bash
# Prints how long the spec stage takes to read every OpenStack spec of ../shared/corpora/openapi-openstack
# (10 files, 8 services, 1,630 operations): the first load in a fresh JVM, which is what doc:build
# pays, and the best of five warm loads. The issue's goal: under 2 s for the first load.
#   bench/spec-load.sh [runs]    (default 3 fresh JVMs; needs the corpus, see SpecLoadBench)
set -euo pipefail
cd "$(dirname "$0")/../doc-core"
runs=${1:-3}
MVN=${MVN:-mvn}
"$MVN" -q -o test-compile >/dev/null
cp="target/test-classes:target/classes:$("$MVN" -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
for _ in $(seq "$runs"); do
  java -cp "$cp" io.docstack.bench.SpecLoadBench
done
