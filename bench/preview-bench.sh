#!/usr/bin/env bash
# The preview's figures (doc:serve's engine) on the 10,000-page suite: first build, save -> reload
# event (median, p95), anchor rename -> banner on a linking page, resident memory. Works on a copy
# of the corpus (the bench edits pages and puts them back).
#   bench/preview-bench.sh [EDITS] [CORPUS]
#     EDITS   saves to time (default 20)
#     CORPUS  a folder of projects (default bench/work/corpus/docstack, from bench/run-benchmark.sh)
# MVN_ARGS adds Maven options (e.g. -Dmaven.repo.local=...).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
edits=${1:-20}
corpus=$(cd "${2:-$REPO/bench/work/corpus/docstack}" && pwd)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$corpus/." "$copy/" && rm -rf "$copy/target"
"$REPO/bench/test-main.sh" io.docstack.bench.PreviewBench "$copy" "$edits"
