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
"$REPO/bench/test-main.sh" io.docstack.corpora.GitSourceBench "$corpus" "$runs"
