#!/usr/bin/env bash
# Docstack's search next to Pagefind's on one built Docstack site, in one run:
#   1. doc:build of the suite (unless --no-build): Docstack's index build time, from the build's
#      stage line (search documents + search index + search export), and the whole build's wall time;
#   2. Pagefind over the same built HTML: its index build time (wall, peak RSS);
#   3. both static indexes' total size and file count;
#   4. bytes a browser downloads per query, for both (Docstack's gzipped, as a static host serves
#      JSON; Pagefind's files are compressed already), the one-time loads apart;
#   5. Docstack's server-side query latency over the build's Lucene index (SearchBench --index):
#      median and p99 over 1,000 queries.
#   bench/search-vs-pagefind.sh [--no-build] [SUITE] [QUERY ...]
#     SUITE   a Docstack project folder (its pom.xml builds the site into target/site); default
#             bench/work/corpus/docstack, the 10,000-page suite bench/run-benchmark.sh generates
#     QUERY   queries to measure (default: two one-word and two three-word queries of the suite)
# Needs node, Java and the plugin installed (./mvnw -q install -DskipTests), and Pagefind from
# ../shared/peers/install.sh (PEERS_HOME, default ~/.cache/docstack-peers).
# MVN_ARGS adds Maven options (e.g. -Dmaven.repo.local=...).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-$REPO/../shared/peers}
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
suite=$(cd "${1:-$REPO/bench/work/corpus/docstack}" && pwd)
shift || true
if [ $# -eq 0 ]; then set -- "widget" "manifest" "schema manifest server" "preview output goal"; fi
site=$suite/target/site
command -v node >/dev/null || { echo "node is needed" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== suite: $suite"
if [ "$build" = 1 ]; then
  rm -rf "$suite/target"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$suite" && "$REPO/mvnw" -B -o ${MVN_ARGS:-} io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT:build -Ddoc.failOnError=false) > "$log" 2>&1 \
    || { tail -n 30 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  stages=$(grep "Docstack stages:" "$log" | sed 's/.*Docstack stages: //')
  python3 - "$stages" "$start" "$end" <<'PY'
import re, sys
stages = dict((name.strip(), int(ms)) for name, ms in re.findall(r'([a-z+ ]+?) (\d+) ms', sys.argv[1]))
search = sum(stages.get(s, 0) for s in ("search documents", "search index", "search export"))
print(f'docstack doc:build wall_s={float(sys.argv[3]) - float(sys.argv[2]):.1f} (whole mvn process)')
print(f'docstack search index build_s={search / 1000:.1f} (documents {stages.get("search documents", 0)} ms, '
      f'lucene {stages.get("search index", 0)} ms, static export {stages.get("search export", 0)} ms)')
PY
fi
[ -f "$site/_docstack/search/meta.json" ] || { echo "no Docstack static search in $site (build it with doc:build)" >&2; exit 2; }
echo "   site: $(find "$site" -name '*.html' | wc -l) HTML files"

pf_line=$(bash "$PEERS_DIR/run.sh" pagefind "$site" | tee /dev/stderr | grep index_bytes)
pf_dir=${pf_line##* at }
echo "docstack static index: $(du -sb "$site/_docstack/search" | cut -f1) bytes in $(ls "$site/_docstack/search" | wc -l) files"
echo "pagefind static index: $(du -sb "$pf_dir" | cut -f1) bytes in $(find "$pf_dir" -type f | wc -l) files"

printf '%-28s %14s %14s %8s\n' "query (bytes per query)" "docstack gz B" "pagefind B" "ratio"
ds=$(node "$REPO/bench/search-bytes.js" "$site/_docstack/search" "$@")
pf=$(node "$PEERS_DIR/pagefind_query_bytes.mjs" "$pf_dir" "$@")
python3 - "$ds" "$pf" <<'PY'
import json, sys
ds, pf = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for d, p in zip(ds["queries"], pf["queries"]):
    print(f'{d["q"]:<28} {d["fetch_gzip"]:>14} {p["fetch_bytes"]:>14} {d["fetch_gzip"] / p["fetch_bytes"]:>8.2f}')
print(f'one-time: docstack meta.json {ds["queries"][0]["meta_bytes"]} B raw, {ds["queries"][0]["meta_gzip"]} B gz,'
      f' docstack-search.js {ds["client_gzip"]} B gz; pagefind init {pf["init_fetch_bytes"]} B, pagefind.js {pf["pagefind.js_gzip"]} B gz')
print("(the first Pagefind query also loads its wasm and entry files: in its first row)")
PY
rm -rf "$(dirname "$pf_dir")"

echo "== docstack server-side query latency (SearchBench over ${site}-search)"
(cd "$REPO" && ./mvnw -q -o ${MVN_ARGS:-} test-compile -pl doc-core) >/dev/null
cp=$(cd "$REPO/doc-core" && ../mvnw -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
(cd "$REPO/doc-core" && java -cp "target/test-classes:target/classes:$cp" io.docstack.bench.SearchBench --index "${site}-search")
