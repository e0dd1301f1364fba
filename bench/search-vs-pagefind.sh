#!/usr/bin/env bash
# Docstack's static search next to Pagefind's on one built Docstack site, in one run: Pagefind's
# index build time and size over the site's HTML, Docstack's static index size (its build time is
# in the build's stage line: search documents + search index + search export), and the bytes a
# browser downloads per query for both (Docstack's gzipped, as a static host serves JSON;
# Pagefind's files are compressed already). Queries: one word and three words, drawn from the site.
#   bench/search-vs-pagefind.sh [SITE] [QUERY ...]
#     SITE    a site doc:build wrote (default: bench/work/corpus/docstack/target/site, the
#             10,000-page suite after bench/run-benchmark.sh)
#     QUERY   queries to measure (default: two one-word and two three-word queries of the suite)
# Needs node, and Pagefind from ../shared/peers/install.sh (PEERS_HOME, default ~/.cache/docstack-peers).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-$REPO/../shared/peers}
site=$(cd "${1:-$REPO/bench/work/corpus/docstack/target/site}" && pwd)
shift || true
if [ $# -eq 0 ]; then set -- "widget" "manifest" "schema manifest server" "preview output goal"; fi
[ -f "$site/_docstack/search/meta.json" ] || { echo "no Docstack static search in $site (build it with doc:build)" >&2; exit 2; }
command -v node >/dev/null || { echo "node is needed" >&2; exit 2; }

echo "== site: $site ($(find "$site" -name '*.html' | wc -l) HTML files)"
echo "docstack static index: $(du -sb "$site/_docstack/search" | cut -f1) bytes in $(ls "$site/_docstack/search" | wc -l) files"
pf_line=$(bash "$PEERS_DIR/run.sh" pagefind "$site" | tee /dev/stderr | grep index_bytes)
pf_dir=${pf_line##* at }
echo "pagefind index: ${pf_line#pagefind }"

printf '%-28s %14s %14s\n' "query" "docstack gz B" "pagefind B"
ds=$(node "$REPO/bench/search-bytes.js" "$site/_docstack/search" "$@")
pf=$(node "$PEERS_DIR/pagefind_query_bytes.mjs" "$pf_dir" "$@")
python3 - "$ds" "$pf" <<'PY'
import json, sys
ds, pf = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for d, p in zip(ds["queries"], pf["queries"]):
    print(f'{d["q"]:<28} {d["fetch_gzip"]:>14} {p["fetch_bytes"]:>14}')
print(f'one-time: docstack meta.json {ds["queries"][0]["meta_bytes"]} B (raw); pagefind init {pf["init_fetch_bytes"]} B, pagefind.js {pf["pagefind.js_gzip"]} B gz')
print("(the first Pagefind query also loads its wasm and entry files)")
PY
rm -rf "$(dirname "$pf_dir")"
