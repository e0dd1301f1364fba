#!/usr/bin/env bash
# Builds Apache Causeway's real Antora content (../shared/corpora/adoc-causeway: 68 content roots,
# 20 components, 1,687 pages) with Antora 3.1.10 and with Docstack, in the same run, alternating,
# and prints each tool's median wall time, its peak RSS and the ratio Docstack / Antora.
#   bench/antora-vs-docstack.sh [RUNS] [CORPUS]
#     RUNS    builds per tool (default 3)
#     CORPUS  the corpus folder (default ../shared/corpora/adoc-causeway)
# Antora: the corpus' own playbook (_meta/antora-playbook.local.yml, minimal UI), on a copy made a
# git repository as Antora needs. Docstack: `mvn doc:build` with the configuration a user writes
# for it (doc-core/src/test/resources/corpora/adoc-causeway-configuration.xml) in a pom.xml at the
# corpus root. Both are whole processes timed by /usr/bin/time; both write a complete site (Docstack
# also its search index). Needs `install.sh` of ../shared/peers (Antora) and doc-maven-plugin
# installed (`./mvnw install -DskipTests`). MVN_ARGS adds Maven options.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
corpus=$(cd "${2:-$REPO/../shared/corpora/adoc-causeway}" && pwd)
PEERS_HOME=${PEERS_HOME:-$HOME/.cache/docstack-peers}
antora="$PEERS_HOME/node_modules/.bin/antora"
[ -x "$antora" ] || { echo "Antora not found in $PEERS_HOME (run ../shared/peers/install.sh)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/corpus"
(cd "$work/corpus" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@localhost commit -qm corpus)
# The user's configuration, inside a POM at the corpus root.
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>bench</groupId><artifactId>causeway</artifactId><version>1</version><packaging>pom</packaging>'
  echo '<build><plugins><plugin><groupId>io.docstack</groupId><artifactId>doc-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>'
  grep -v '^<?xml' "$REPO/doc-core/src/test/resources/corpora/adoc-causeway-configuration.xml"
  echo '</plugin></plugins></build></project>'
} > "$work/corpus/pom.xml"

measure() { # tool, command...: prints "wall_s maxrss_mb"
  local t; t=$(mktemp); shift
  /usr/bin/time -f '%e %M' -o "$t" "$@" >"$work/last.log" 2>&1 || true
  read -r w m < <(tail -n 1 "$t"); rm -f "$t"; echo "$w $((m / 1024))"
}
declare -a antora_wall docstack_wall
antora_rss=0; docstack_rss=0
for i in $(seq 1 "$runs"); do
  rm -rf "$work/causeway-site-out"
  read -r w m < <(cd "$work/corpus/_meta" && measure antora "$antora" antora-playbook.local.yml)
  antora_wall+=("$w"); [ "$m" -gt "$antora_rss" ] && antora_rss=$m
  echo "run $i: antora $w s, $m MiB"
  read -r w m < <(measure docstack "$REPO/mvnw" -q -B -o ${MVN_ARGS:-} -f "$work/corpus/pom.xml" \
      io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT:build -Ddoc.failOnError=false)
  docstack_wall+=("$w"); [ "$m" -gt "$docstack_rss" ] && docstack_rss=$m
  echo "run $i: docstack $w s, $m MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ma=$(median "${antora_wall[@]}"); md=$(median "${docstack_wall[@]}")
echo "antora:   median ${ma} s, peak ${antora_rss} MiB"
echo "docstack: median ${md} s, peak ${docstack_rss} MiB"
awk -v d="$md" -v a="$ma" 'BEGIN {printf "docstack / antora: %.2f\n", d / a}'
ls "$work/corpus/target/site/refguide/latest/applib/index/annotation/Action.html" >/dev/null \
  && echo "docstack site: $(find "$work/corpus/target/site" -name '*.html' | wc -l) HTML files"
ls "$work/causeway-site-out" >/dev/null 2>&1 && echo "antora site: $(find "$work/causeway-site-out" -name '*.html' | wc -l) HTML files"
