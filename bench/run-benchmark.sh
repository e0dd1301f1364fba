#!/usr/bin/env bash
# Docstack BENCHMARK: builds one synthetic documentation suite with Docstack (Markdown and
# AsciiDoc forms) and, when they are installed, with Hugo and Antora, on the same machine in
# the same run, and prints medians, throughput, peak memory and ratios.
#
# usage: bench/run-benchmark.sh [options] [-- extra Maven arguments for the Docstack builds]
#   --projects N      projects in the suite              (default 50)
#   --pages N         pages per project                  (default 200; 50 x 200 = 10,000 pages)
#   --quick           10 projects x 100 pages, for trying the script out
#   --runs N          runs per tool, interleaved         (default 3)
#   --threads N       pass -Ddoc.threads=N to Docstack   (default: the plugin's, one per core)
#   --no-install      do not (re)install the plugin from this checkout first
#   --install-peers   run $PEERS_DIR/install.sh first (Hugo from apt; Antora, Pagefind from npm)
#   --no-peers        measure Docstack only, even when Hugo/Antora are installed
#   --only LIST       comma-separated subset of markdown,asciidoc,hugo,antora
#   -h, --help        this text
#
# Environment: PEERS_DIR (default <repo>/../shared/peers: gen_corpus.py, run.sh, install.sh),
#   PEERS_HOME (where install.sh put Antora; default ~/.cache/docstack-peers), MVN (Maven used
#   for the measured builds; default mvn), MAVEN_OPTS (passed through, e.g. for a JFR recording).
#
# What is measured: each build is one whole process timed by /usr/bin/time (wall seconds and
# peak RSS). For Docstack that process is `mvn -q -B -o -f <corpus>/pom.xml
# io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT:build -Ddoc.failOnError=false`, so wall time and
# RSS INCLUDE Maven itself (~1 s of startup and its own heap): that is what a user waits for.
# Runs are interleaved (markdown, hugo, asciidoc, antora, markdown, hugo, ...) so that a noisy
# machine slows every tool alike; wall time is the median over runs, RSS the maximum.
# Docstack's reported errors ('error [' lines of the log) are compared with the broken links
# the generator planted (corpus/manifest.json), page by page.
#
# Files: bench/work/ (git-ignored): corpus/ (re-used while its parameters are unchanged),
#   logs/<variant>-<run>.log, results.tsv (one line per run) and summary.txt.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-$REPO/../shared/peers}
PEERS_HOME=${PEERS_HOME:-$HOME/.cache/docstack-peers}
MVN=${MVN:-mvn}
WORK=$REPO/bench/work
CORPUS=$WORK/corpus
LOGS=$WORK/logs
PLUGIN=io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT:build
SEED=42

projects=50 pages=200 runs=3 threads= install=1 install_peers=0 peers=1 only=
extra=()
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { echo "run-benchmark: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --projects) projects=${2:?}; shift ;;
    --pages) pages=${2:?}; shift ;;
    --quick) projects=10 pages=100 ;;
    --runs) runs=${2:?}; shift ;;
    --threads) threads=${2:?}; shift ;;
    --no-install) install=0 ;;
    --install-peers) install_peers=1 ;;
    --no-peers) peers=0 ;;
    --only) only=${2:?}; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
  shift
done
for n in "$projects" "$pages" "$runs"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a positive number: $n"; done
[ -z "$threads" ] || [[ $threads =~ ^[0-9]+$ ]] || die "not a number: $threads"
[ -f "$PEERS_DIR/gen_corpus.py" ] || die "no gen_corpus.py in PEERS_DIR=$PEERS_DIR"
command -v python3 >/dev/null || die "python3 is needed (corpus generator)"
wanted() { [ -z "$only" ] || [[ ,$only, == *,$1,* ]]; }

# --- /usr/bin/time (GNU time: the shell keyword cannot report peak RSS) ---------------------
if [ ! -x /usr/bin/time ]; then
  echo "== /usr/bin/time is missing: installing the 'time' package with apt-get"
  sudo_= ; [ "$(id -u)" = 0 ] || sudo_=sudo
  ($sudo_ apt-get update -qq && $sudo_ apt-get install -y -qq time) >/dev/null 2>&1 \
    || die "could not install 'time' (apt-get install time)"
fi

# --- peers --------------------------------------------------------------------------------
if [ "$install_peers" = 1 ]; then
  echo "== installing peers: $PEERS_DIR/install.sh"
  PEERS_HOME=$PEERS_HOME bash "$PEERS_DIR/install.sh"
fi
have_hugo=0 have_antora=0
if [ "$peers" = 1 ]; then
  command -v hugo >/dev/null && have_hugo=1
  [ -x "$PEERS_HOME/node_modules/.bin/antora" ] && command -v git >/dev/null && have_antora=1
fi
wanted hugo || have_hugo=0
wanted antora || have_antora=0

# --- corpus -------------------------------------------------------------------------------
# Antora reads one git repository per component; without Antora, skip the (slow) git commits.
need_git=$have_antora
gen_sum=$(sha256sum "$PEERS_DIR/gen_corpus.py" | cut -c1-16)
stamp="projects=$projects pages=$pages seed=$SEED gen=$gen_sum"
reuse=0
if [ -f "$CORPUS/.bench-stamp" ] && [ -f "$CORPUS/manifest.json" ]; then
  if [ "$(sed 's/ git=[01]$//' "$CORPUS/.bench-stamp")" = "$stamp" ]; then
    old_git=$(sed -n 's/.* git=\([01]\)$/\1/p' "$CORPUS/.bench-stamp")
    [ "${old_git:-0}" -ge "$need_git" ] && reuse=1
  fi
fi
if [ "$reuse" = 1 ]; then
  echo "== re-using corpus $CORPUS ($stamp)"
else
  echo "== generating corpus: $projects projects x $pages pages into $CORPUS$([ "$need_git" = 1 ] || echo ' (--no-git: Antora is not measured)')"
  mkdir -p "$WORK"
  gen_args=(--out "$CORPUS" --projects "$projects" --pages "$pages" --seed "$SEED")
  [ "$need_git" = 1 ] || gen_args+=(--no-git)
  python3 "$PEERS_DIR/gen_corpus.py" "${gen_args[@]}" >/dev/null
  echo "$stamp git=$need_git" > "$CORPUS/.bench-stamp"
fi
read -r npages nbroken < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["pages"], len(m["broken"]))' "$CORPUS/manifest.json")

# --- plugin -------------------------------------------------------------------------------
if [ "$install" = 1 ]; then
  if [ -x "$REPO/mvnw" ]; then builder=("$REPO/mvnw"); else builder=(mvn); fi
  echo "== installing the plugin: (cd $REPO && ${builder[*]##*/} -q -B install -DskipTests)"
  if ! (cd "$REPO" && "${builder[@]}" -q -B install -DskipTests) > "$WORK/install.log" 2>&1; then
    tail -n 30 "$WORK/install.log" >&2
    die "plugin install failed (log: $WORK/install.log); fix the build or use --no-install to measure the plugin already in ~/.m2"
  fi
fi
jar=$(ls "$HOME"/.m2/repository/io/docstack/doc-maven-plugin/0.1.0-SNAPSHOT/doc-maven-plugin-0.1.0-SNAPSHOT.jar 2>/dev/null || true)
[ -n "$jar" ] || die "the plugin is not installed in ~/.m2; run without --no-install"
core_jar=$HOME/.m2/repository/io/docstack/doc-core/0.1.0-SNAPSHOT/doc-core-0.1.0-SNAPSHOT.jar
echo "== plugin: installed $(date -r "$core_jar" '+%F %T' 2>/dev/null || echo '?') (doc-core jar), checkout $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -z "$(git -C "$REPO" status --porcelain 2>/dev/null | grep -v '^?? bench/')" ] || echo ' + uncommitted changes')"

# --- one measured run ---------------------------------------------------------------------
mkdir -p "$LOGS"
RESULTS=$WORK/results.tsv
printf 'variant\trun\twall_s\tmaxrss_mib\terrors\tstatus\tcpu_s\n' > "$RESULTS"
failed=0

# measure VARIANT RUN: appends "variant run wall rss errors status cpu" to results.tsv.
# cpu = user+sys seconds of the process tree: steadier than wall when other work shares the CPU.
measure() {
  local variant=$1 run=$2 log=$LOGS/$1-$2.log tfile wall rss usr sys cpu errors=- status=ok
  tfile=$(mktemp)
  case $variant in
    markdown|asciidoc)
      local dir=$CORPUS/docstack; [ "$variant" = asciidoc ] && dir=$CORPUS/docstack-adoc
      local args=(-q -B -o -f "$dir/pom.xml" "$PLUGIN" -Ddoc.failOnError=false)
      [ -z "$threads" ] || args+=("-Ddoc.threads=$threads")
      rm -rf "$dir/target"
      if ! /usr/bin/time -f '%e %M %U %S' -o "$tfile" "$MVN" "${args[@]}" ${extra[@]+"${extra[@]}"} > "$log" 2>&1; then
        status=FAILED
      fi
      read -r wall rss usr sys < <(tail -n 1 "$tfile")
      rss=$(( ${rss:-0} / 1024 ))
      errors=$(grep -c 'error \[' "$log" || true)
      ;;
    hugo|antora)
      /usr/bin/time -f '%U %S' -o "$tfile" bash "$PEERS_DIR/run.sh" "$variant" "$CORPUS" > "$log" 2>&1 || status=FAILED
      read -r usr sys < <(tail -n 1 "$tfile")
      wall=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$log" | tail -n 1)
      rss=$(sed -n 's/.*maxrss_mb=\([0-9]*\).*/\1/p' "$log" | tail -n 1)
      # run.sh swallows the tool's exit status: check that it wrote a site
      if [ "$variant" = hugo ]; then [ -f "$CORPUS/hugo/public/proj01/page001.html" ] || status=FAILED
      else [ -n "$(ls "$CORPUS"/antora/build/site/proj01/*/page001.html "$CORPUS"/antora/build/site/proj01/page001.html 2>/dev/null)" ] || status=FAILED; fi
      ;;
  esac
  rm -f "$tfile"
  cpu=$(awk -v u="${usr:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.1f", u + s }')
  [ "$status" = ok ] || failed=1
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$run" "${wall:-0}" "${rss:-0}" "$errors" "$status" "$cpu" >> "$RESULTS"
  printf '   run %d/%d  %-9s wall %6.1f s  cpu %6.1f s  rss %5d MiB%s%s\n' "$run" "$runs" "$variant" "${wall:-0}" "$cpu" "${rss:-0}" \
    "$([ "$errors" = - ] || echo "  errors $errors")" "$([ "$status" = ok ] || echo "  FAILED (log: $log)")"
}

variants=()
wanted markdown && variants+=(markdown)
[ "$have_hugo" = 1 ] && variants+=(hugo)
wanted asciidoc && variants+=(asciidoc)
[ "$have_antora" = 1 ] && variants+=(antora)
[ ${#variants[@]} -gt 0 ] || die "nothing to measure (--only $only)"
cores=$(nproc)
echo "== measuring ${variants[*]}: $npages pages, $runs runs each, interleaved, $cores cores"
[ "$have_hugo" = 1 ] || ! wanted hugo || [ "$peers" = 0 ] || echo "   (Hugo not installed: use --install-peers for side-by-side figures)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= runs; r++)); do
  for v in "${variants[@]}"; do measure "$v" "$r"; done
done
echo "   load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# --- correctness: reported errors vs the manifest's broken links, page by page -------------
check_errors() { # check_errors VARIANT EXT -> prints one line
  python3 - "$CORPUS/manifest.json" "$LOGS/$1-$runs.log" "$2" <<'EOF'
import collections, json, re, sys
manifest, log, ext = sys.argv[1], sys.argv[2], sys.argv[3]
rule = {"broken-page": "link.broken", "broken-anchor": "link.anchor", "broken-project": "xref.project"}
want = collections.Counter((b["from"] + "." + ext, rule[b["kind"]]) for b in json.load(open(manifest))["broken"])
got = collections.Counter()
pat = re.compile(r"(\S+?\.%s):\d+(?::\d+)?: error \[([\w.-]+)\]" % re.escape(ext))
for line in open(log, errors="replace"):
    m = pat.search(line)
    if m:
        got[(m.group(1), m.group(2))] += 1
    elif "error [" in line:
        got[("?", line.strip()[:160])] += 1
missing, extra = want - got, got - want
if not missing and not extra:
    print("match: every planted broken link reported once, nothing else")
else:
    print("MISMATCH: %d planted broken links not reported as expected, %d unexpected errors" % (sum(missing.values()), sum(extra.values())))
    for (f, r), n in list(missing.items())[:5]:
        print("     missing  %s [%s]%s" % (f, r, " x%d" % n if n > 1 else ""))
    for (f, r), n in list(extra.items())[:5]:
        print("     extra    %s [%s]%s" % (f, r, " x%d" % n if n > 1 else ""))
EOF
}

# --- summary ------------------------------------------------------------------------------
median() { # median VARIANT [COLUMN] -> median wall (or column 7: cpu) of successful runs, or empty
  awk -F'\t' -v v="$1" -v c="${2:-3}" '$1 == v && $6 == "ok" { print $c }' "$RESULTS" | sort -g |
    awk '{ a[NR] = $1 } END { if (NR) printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
maxrss() { awk -F'\t' -v v="$1" '$1 == v && $4 > m { m = $4 } END { print m + 0 }' "$RESULTS"; }
errs() { # distinct error counts over runs, e.g. "236" or "236/240"
  awk -F'\t' -v v="$1" '$1 == v && $6 == "ok" && !s[$5]++ { o = o (o ? "/" : "") $5 } END { print o }' "$RESULTS"
}
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b }'; }

declare -A med cpu
{
  echo
  echo "== Docstack benchmark ($npages pages, $runs runs, $cores cores) =="
  for v in markdown asciidoc hugo antora; do
    [[ " ${variants[*]} " == *" $v "* ]] || continue
    med[$v]=$(median "$v") cpu[$v]=$(median "$v" 7)
    nfail=$(awk -F'\t' -v v="$v" '$1 == v && $6 != "ok"' "$RESULTS" | wc -l)
    if [ -z "${med[$v]}" ]; then
      printf '%-10s FAILED in all %d runs (logs: %s/%s-*.log)\n' "$v" "$runs" "$LOGS" "$v"
      continue
    fi
    line=$(printf '%-10s wall %5.1f s  %5.0f pages/s  cpu %5.1f s  rss %5d MiB' "$v" "${med[$v]}" \
      "$(awk -v p="$npages" -v w="${med[$v]}" 'BEGIN { print (w > 0) ? p / w : 0 }')" "${cpu[$v]}" "$(maxrss "$v")")
    case $v in markdown|asciidoc) line+="  errors $(errs "$v") (manifest $nbroken)" ;; esac
    [ "$nfail" = 0 ] || line+="  [$nfail of $runs runs FAILED]"
    echo "$line"
  done
  r=
  [ -n "${med[markdown]:-}" ] && [ -n "${med[hugo]:-}" ] && r+="ratio markdown/hugo $(ratio "${med[markdown]}" "${med[hugo]}")   "
  [ -n "${med[asciidoc]:-}" ] && [ -n "${med[antora]:-}" ] && r+="asciidoc/antora $(ratio "${med[asciidoc]}" "${med[antora]}")   "
  [ -n "${med[markdown]:-}" ] && [ -n "${med[antora]:-}" ] && r+="markdown/antora $(ratio "${med[markdown]}" "${med[antora]}")"
  [ -z "$r" ] || echo "$r"
  r=
  [ -n "${cpu[markdown]:-}" ] && [ -n "${cpu[hugo]:-}" ] && r+="cpu ratio markdown/hugo $(ratio "${cpu[markdown]}" "${cpu[hugo]}")   "
  [ -n "${cpu[asciidoc]:-}" ] && [ -n "${cpu[antora]:-}" ] && r+="asciidoc/antora $(ratio "${cpu[asciidoc]}" "${cpu[antora]}")"
  [ -z "$r" ] || echo "$r"
  [[ " ${variants[*]} " == *" markdown "* ]] && [ -n "${med[markdown]:-}" ] && echo "errors markdown: $(check_errors markdown md)"
  [[ " ${variants[*]} " == *" asciidoc "* ]] && [ -n "${med[asciidoc]:-}" ] && echo "errors asciidoc: $(check_errors asciidoc adoc)"
  echo "wall = median whole-process time; pages/s = pages / wall; cpu = median user+sys seconds;"
  echo "rss = max peak RSS over runs. Load average $(cut -d' ' -f1-3 /proc/loadavg) on $cores cores: wall is only"
  echo "trustworthy when the load stays near or below the core count; cpu is less sensitive to it."
  echo "Docstack figures are the whole 'mvn' process: they include Maven's startup (~1 s) and heap."
  echo "ratio = Docstack wall / peer wall (below 1.0x: Docstack is faster). Raw runs: $RESULTS"
} | tee "$WORK/summary.txt"
exit "$failed"
