#!/usr/bin/env bash
# The source stage on Apache Causeway's Antora content read from its folders and from one git
# branch (committed once into a temporary bare repository), alternating: medians and ratio.
#   bench/git-source.sh [RUNS] [CORPUS]
#     RUNS    runs of each (default 5)
#     CORPUS  the adoc-causeway corpus (default ../shared/corpora/adoc-causeway)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
corpus=$(cd "${2:-$REPO/../shared/corpora/adoc-causeway}" && pwd)
(cd "$REPO" && ./mvnw -q -o ${MVN_ARGS:-} test-compile -pl doc-core) >/dev/null
cp=$(cd "$REPO/doc-core" && ../mvnw -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
(cd "$REPO/doc-core" && java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$cp" io.docstack.corpora.GitSourceBench "$corpus" "$runs") 2>&1 | grep -v '^SLF4J'
