#!/usr/bin/env bash
# The preview (doc:serve's engine) on Apache Causeway's Antora content: first build, then the
# rebuild after saving a page and after saving a partial that pages include (medians), on a copy.
#   bench/antora-preview.sh [EDITS] [CORPUS]
#     EDITS   saves of each kind to time (default 10)
#     CORPUS  the adoc-causeway corpus (default ../shared/corpora/adoc-causeway)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
edits=${1:-10}
corpus=$(cd "${2:-$REPO/../shared/corpora/adoc-causeway}" && pwd)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$corpus/." "$copy/"
"$REPO/bench/test-main.sh" io.docstack.corpora.CausewayPreviewBench "$copy" "$edits"
