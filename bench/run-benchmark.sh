#!/usr/bin/env bash
# Docstack BENCHMARK: builds one synthetic documentation suite with Docstack (Markdown and
# AsciiDoc forms) and, when they are installed, with Hugo and Antora, on the same machine in
# the same run; times the review gate (doc:check) on the Markdown form against a full build and
# against linkinator checking the site that build wrote; prints medians, throughput, peak memory
# and ratios.
#
# usage: bench/run-benchmark.sh [options] [-- extra Maven arguments for the Docstack goals]
#   --projects N      projects in the suite              (default 50)
#   --pages N         pages per project                  (default 200; 50 x 200 = 10,000 pages)
#   --quick           10 projects x 100 pages, for trying the script out
#   --runs N          runs per tool, interleaved         (default 3)
#   --threads N       pass -Ddoc.threads=N to Docstack   (default: the plugin's, one per core)
#   --no-install      do not (re)install the plugin from this checkout first
#   --install-peers   run $PEERS_DIR/install.sh first (Hugo from apt; Antora, Pagefind, linkinator from npm)
#   --no-peers        measure Docstack only (markdown, check, asciidoc), even when peers are installed
#   --only LIST       comma-separated subset of markdown,check,check-edit,linkinator,asciidoc,hugo,antora
#   --gate-only       the review-gate figures only (= --only markdown,check,check-edit,linkinator)
#   --no-stages       skip the extra, unmeasured runs without -q that print Docstack's per-stage times
#   --work DIR        corpus, logs and results in DIR    (default bench/work)
#   --pin-plugin      measure a private copy of the plugin as it is in ~/.m2 at the start
#                     (<work>/m2, -Dmaven.repo.local): other checkouts installing into ~/.m2
#                     during the run then do not change what is measured
#   --linkinator-timeout S  stop linkinator after S seconds (default: no limit); a stopped run
#                     counts with wall = S, so its wall time is a lower bound and check/linkinator
#                     an upper bound
#   -h, --help        this text
#
# Variants: markdown = doc:build of the Markdown form; check = doc:check (aggregation, conversion,
#   link validation, no rendering) of the same Markdown form; linkinator = linkinator over the
#   site that run's markdown build wrote (local files only); asciidoc = doc:build of the AsciiDoc
#   form; hugo, antora = the peers building their forms of the same corpus.
#
# Environment: PEERS_DIR (default <repo>/../shared/peers: gen_corpus.py, run.sh, install.sh),
#   PEERS_HOME (where install.sh put Antora and linkinator; default ~/.cache/docstack-peers), MVN
#   (Maven used for the measured builds; default mvn), MAVEN_OPTS (passed through, e.g. for JFR).
#
# What is measured: each build or check is one whole process timed by /usr/bin/time (wall seconds,
# peak RSS, user+sys CPU). For Docstack that process is `mvn -q -B -o -f <corpus>/pom.xml
# io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT:<build|check> -Ddoc.failOnError=false`, so wall time
# and RSS INCLUDE Maven itself (~1 s of startup and its own heap): that is what a user waits for.
# Runs are interleaved (markdown, check, linkinator, hugo, asciidoc, antora, markdown, ...) so that
# a noisy machine slows every tool alike; wall time is the median over runs, RSS the maximum.
# Docstack's reported errors ('error [' lines of the log) are compared with the broken links
# the generator planted (corpus/manifest.json), page by page, for doc:build and doc:check alike.
#
# Files: <work>/ (bench/work is git-ignored): corpus/ (re-used while its parameters are unchanged),
#   site-markdown/ (the site linkinator checks), logs/<variant>-<run>.log, results.tsv (one line
#   per run) and summary.txt.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEERS_DIR=${PEERS_DIR:-$REPO/../shared/peers}
PEERS_HOME=${PEERS_HOME:-$HOME/.cache/docstack-peers}
MVN=${MVN:-mvn}
PLUGIN=io.docstack:doc-maven-plugin:0.1.0-SNAPSHOT
SEED=42
# linkinator as ../shared/peers/run.sh runs it: crawl the local site, check #fragments, and skip
# every http(s) URL that is not the local server linkinator starts (no network).
LINKINATOR_ARGS=(--recurse --check-fragments --skip '^https?://(?!localhost)')

projects=50 pages=200 runs=3 threads= install=1 install_peers=0 peers=1 only= gate=0 stages=1 pin=0 lk_timeout=0
work=$REPO/bench/work
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
    --gate-only) gate=1 ;;
    --no-stages) stages=0 ;;
    --work) work=${2:?}; shift ;;
    --pin-plugin) pin=1 ;;
    --linkinator-timeout) lk_timeout=${2:?}; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
  shift
done
for n in "$projects" "$pages" "$runs"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a positive number: $n"; done
[ -z "$threads" ] || [[ $threads =~ ^[0-9]+$ ]] || die "not a number: $threads"
[[ $lk_timeout =~ ^[0-9]+$ ]] || die "not a number: $lk_timeout"
if [ "$gate" = 1 ]; then
  [ -z "$only" ] || die "--gate-only and --only cannot be combined"
  only=markdown,check,check-edit,linkinator
fi
for v in ${only//,/ }; do
  case $v in markdown|check|check-edit|linkinator|asciidoc|hugo|antora) ;; *) die "unknown variant in --only: $v" ;; esac
done
[ -f "$PEERS_DIR/gen_corpus.py" ] || die "no gen_corpus.py in PEERS_DIR=$PEERS_DIR"
command -v python3 >/dev/null || die "python3 is needed (corpus generator)"
wanted() { [ -z "$only" ] || [[ ,$only, == *,$1,* ]]; }
mkdir -p "$work"
WORK=$(cd "$work" && pwd)
CORPUS=$WORK/corpus
LOGS=$WORK/logs
SITE=$WORK/site-markdown
cores=$(nproc)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== start: $(uptime)"

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
LINKINATOR=$PEERS_HOME/node_modules/.bin/linkinator
have_hugo=0 have_antora=0 have_linkinator=0
if [ "$peers" = 1 ]; then
  command -v hugo >/dev/null && have_hugo=1
  [ -x "$PEERS_HOME/node_modules/.bin/antora" ] && command -v git >/dev/null && have_antora=1
  [ -x "$LINKINATOR" ] && command -v node >/dev/null && have_linkinator=1
fi
wanted hugo || have_hugo=0
wanted antora || have_antora=0
linkinator_note=
if wanted linkinator && [ "$peers" = 1 ] && [ "$have_linkinator" = 0 ]; then
  linkinator_note="linkinator is not installed ($LINKINATOR): skipped. Install it with: bash $PEERS_DIR/install.sh (needs npm and network), or --install-peers"
  echo "== $linkinator_note"
fi
wanted linkinator || have_linkinator=0

# Interleaving order within a run: linkinator checks the site the markdown build of the same run wrote.
variants=()
wanted markdown && variants+=(markdown)
wanted check && variants+=(check)
# check-edit: the gate on a pull request: one page edited since the previous check (whose cache
# of unchanged pages it reuses). Runs right after check, which leaves that cache in target/.
wanted check-edit && variants+=(check-edit)
[ "$have_linkinator" = 1 ] && variants+=(linkinator)
[ "$have_hugo" = 1 ] && variants+=(hugo)
wanted asciidoc && variants+=(asciidoc)
[ "$have_antora" = 1 ] && variants+=(antora)
[ ${#variants[@]} -gt 0 ] || die "nothing to measure (--only $only)"
measured() { [[ " ${variants[*]} " == *" $1 "* ]]; }

# --- corpus -------------------------------------------------------------------------------
# Antora reads one git repository per component; without Antora, skip the (slow) git commits.
need_git=$have_antora
gen_sum=$(sha256sum "$PEERS_DIR/gen_corpus.py" | cut -c1-16)
stamp="projects=$projects pages=$pages seed=$SEED gen=$gen_sum"
forms=() # the corpus forms this run reads: a partial copy of a corpus is re-used only if it has them
{ measured markdown || measured check || measured linkinator; } && forms+=(docstack/pom.xml)
measured asciidoc && forms+=(docstack-adoc/pom.xml)
measured hugo && forms+=(hugo)
measured antora && forms+=(antora/antora-playbook.yml)
reuse=0
if [ -f "$CORPUS/.bench-stamp" ] && [ -f "$CORPUS/manifest.json" ]; then
  if [ "$(sed 's/ git=[01]$//' "$CORPUS/.bench-stamp")" = "$stamp" ]; then
    old_git=$(sed -n 's/.* git=\([01]\)$/\1/p' "$CORPUS/.bench-stamp")
    [ "${old_git:-0}" -ge "$need_git" ] && reuse=1
    for f in ${forms[@]+"${forms[@]}"}; do [ -e "$CORPUS/$f" ] || reuse=0; done
  fi
fi
if [ "$reuse" = 1 ]; then
  echo "== re-using corpus $CORPUS ($stamp)"
else
  echo "== generating corpus: $projects projects x $pages pages into $CORPUS$([ "$need_git" = 1 ] || echo ' (--no-git: Antora is not measured)')"
  gen_args=(--out "$CORPUS" --projects "$projects" --pages "$pages" --seed "$SEED")
  [ "$need_git" = 1 ] || gen_args+=(--no-git)
  python3 "$PEERS_DIR/gen_corpus.py" "${gen_args[@]}" >/dev/null
  echo "$stamp git=$need_git" > "$CORPUS/.bench-stamp"
  rm -rf "$SITE"
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
M2=$HOME/.m2/repository
if [ "$pin" = 1 ]; then
  # Third-party artifacts never change: hard links (a copy on another file system). Docstack's
  # own snapshots are copied, since an install elsewhere overwrites them.
  [ -d "$M2/io/docstack" ] || die "the plugin is not installed in ~/.m2; run without --no-install"
  rm -rf "$WORK/m2"
  cp -al "$M2" "$WORK/m2" 2>/dev/null || { rm -rf "$WORK/m2"; cp -a "$M2" "$WORK/m2"; }
  rm -rf "$WORK/m2/io/docstack" && cp -a "$M2/io/docstack" "$WORK/m2/io/docstack"
  M2=$WORK/m2
  echo "== plugin pinned: private copy of ~/.m2/repository in $M2 (-Dmaven.repo.local)"
fi
jar=$(ls "$M2"/io/docstack/doc-maven-plugin/0.1.0-SNAPSHOT/doc-maven-plugin-0.1.0-SNAPSHOT.jar 2>/dev/null || true)
[ -n "$jar" ] || die "the plugin is not installed in ~/.m2; run without --no-install"
core_jar=$M2/io/docstack/doc-core/0.1.0-SNAPSHOT/doc-core-0.1.0-SNAPSHOT.jar
# jars_id: short hash of the plugin and doc-core jars, recorded with every run: other checkouts on
# the machine may install a different plugin into ~/.m2 while the benchmark runs.
jars_id() { cat "$jar" "$core_jar" 2>/dev/null | sha256sum | cut -c1-12; }
checkout="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -z "$(git -C "$REPO" status --porcelain 2>/dev/null | grep -v '^.. bench/')" ] || echo ' + uncommitted changes')"
if [ "$install" = 1 ]; then
  echo "== plugin: installed $(date -r "$core_jar" '+%F %T' 2>/dev/null || echo '?') (doc-core jar) from checkout $checkout"
else
  echo "== plugin: the one in ${M2/#$HOME/~}, doc-core jar built $(date -r "$core_jar" '+%F %T' 2>/dev/null || echo '?') (--no-install: not necessarily from this checkout, $checkout)"
fi

# --- one measured run ---------------------------------------------------------------------
mkdir -p "$LOGS"
RESULTS=$WORK/results.tsv
printf 'variant\trun\twall_s\tmaxrss_mib\terrors\tstatus\tcpu_s\tload1\tjars\treq_failed\n' > "$RESULTS"
failed=0

# docstack_cmd VARIANT [-q]: the Maven command line of a Docstack variant, in the array 'cmd'.
docstack_cmd() {
  local dir=$CORPUS/docstack goal=build
  [ "$1" = asciidoc ] && dir=$CORPUS/docstack-adoc
  case $1 in check|check-edit) goal=check ;; esac
  cmd=("$MVN" ${2:+"$2"} -B -o -f "$dir/pom.xml" "$PLUGIN:$goal" -Ddoc.failOnError=false)
  [ "$pin" = 0 ] || cmd+=("-Dmaven.repo.local=$M2")
  [ -z "$threads" ] || cmd+=("-Ddoc.threads=$threads")
  cmd+=(${extra[@]+"${extra[@]}"})
  target=$dir/target
}

# keep_site: moves the site the markdown build just wrote out of target/ (which the check run
# deletes) to $SITE, for linkinator.
keep_site() { rm -rf "$SITE"; mv "$CORPUS/docstack/target/site" "$SITE"; }

# measure VARIANT RUN: appends "variant run wall rss errors status cpu load1 jars" to results.tsv.
# cpu = user+sys seconds of the process tree: steadier than wall when other work shares the CPU.
# errors = 'error [' lines for Docstack; for linkinator, the broken links it detected, and
# req_failed how many of those were requests that failed (status [0], e.g. a connect timeout
# of the local server linkinator starts), not links that are really broken.
measure() {
  local variant=$1 run=$2 log=$LOGS/$1-$2.log tfile wall rss usr sys cpu errors=- status=ok load1 jars req_failed=- sig
  tfile=$(mktemp)
  jars=$(jars_id)
  case $variant in
    markdown|asciidoc|check|check-edit)
      docstack_cmd "$variant" -q
      local edited=$CORPUS/docstack/proj01/page001.md
      if [ "$variant" = check-edit ]; then
        cp "$edited" "$edited.orig" && printf '\nEdited for the benchmark.\n' >> "$edited"
      else
        rm -rf "$target"
      fi
      /usr/bin/time -f '%e %M %U %S' -o "$tfile" "${cmd[@]}" > "$log" 2>&1 || status=FAILED
      [ "$variant" != check-edit ] || mv "$edited.orig" "$edited"
      read -r wall rss usr sys < <(tail -n 1 "$tfile") || true
      rss=$(( ${rss:-0} / 1024 ))
      errors=$(grep -c 'error \[' "$log" || true)
      if [ "$variant" = markdown ] && measured linkinator; then
        if [ "$status" = ok ] && [ -d "$target/site" ]; then keep_site; else rm -rf "$SITE"; fi
      fi
      ;;
    linkinator)
      # exits 1 when it finds broken links (the corpus has some on purpose): only a missing
      # summary line is a failure
      if [ -f "$SITE/index.html" ]; then
        local lk=("$LINKINATOR")
        [ "$lk_timeout" = 0 ] || lk=(timeout "$lk_timeout" "$LINKINATOR")
        (cd "$WORK" && /usr/bin/time -f '%e %M %U %S' -o "$tfile" "${lk[@]}" "$SITE" "${LINKINATOR_ARGS[@]}") > "$log" 2>&1 || true
      else
        echo "no site at $SITE (the markdown build of this run failed?)" > "$log"
      fi
      read -r wall rss usr sys < <(grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' "$tfile" | tail -n 1) || true
      rss=$(( ${rss:-0} / 1024 ))
      if grep -q 'Command exited with non-zero status 124' "$tfile" && [ "$lk_timeout" != 0 ]; then
        status=TIMEOUT
        echo "stopped by --linkinator-timeout $lk_timeout" >> "$log"
      elif ! grep -qE 'Scanned [0-9]+ links' "$log"; then
        status=FAILED
        # e.g. "Command terminated by signal 15": stopped from outside the benchmark
        sig=$(sed -n 's/^Command terminated by signal \([0-9]*\).*/\1/p' "$tfile")
        [ -s "$tfile" ] || sig=?
        [ -z "$sig" ] || echo "linkinator (or /usr/bin/time) was killed by signal $sig from outside the benchmark" >> "$log"
      fi
      errors=$(sed -n 's/.*Detected \([0-9]*\) broken links.*/\1/p' "$log" | tail -n 1)
      if [ "$status" = TIMEOUT ]; then errors=-; else errors=${errors:-0}; fi
      req_failed=$(grep -cE '^\[0\] ' "$log" || true)
      ;;
    hugo|antora)
      /usr/bin/time -f '%U %S' -o "$tfile" bash "$PEERS_DIR/run.sh" "$variant" "$CORPUS" > "$log" 2>&1 || status=FAILED
      read -r usr sys < <(tail -n 1 "$tfile") || true
      wall=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$log" | tail -n 1)
      rss=$(sed -n 's/.*maxrss_mb=\([0-9]*\).*/\1/p' "$log" | tail -n 1)
      # run.sh swallows the tool's exit status: check that it wrote a site
      if [ "$variant" = hugo ]; then [ -f "$CORPUS/hugo/public/proj01/page001.html" ] || status=FAILED
      else [ -n "$(ls "$CORPUS"/antora/build/site/proj01/*/page001.html "$CORPUS"/antora/build/site/proj01/page001.html 2>/dev/null)" ] || status=FAILED; fi
      ;;
  esac
  rm -f "$tfile"
  load1=$(cut -d' ' -f1 /proc/loadavg)
  cpu=$(awk -v u="${usr:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.1f", u + s }')
  [ "$status" = ok ] || [ "$status" = TIMEOUT ] || failed=1
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$run" "${wall:-0}" "${rss:-0}" "$errors" "$status" "$cpu" "$load1" "$jars" "$req_failed" >> "$RESULTS"
  printf '   run %d/%d  %-10s wall %6.1f s  cpu %6.1f s  rss %5d MiB  load %5s%s%s\n' "$run" "$runs" "$variant" "${wall:-0}" "$cpu" "${rss:-0}" "$load1" \
    "$(case $variant in markdown|asciidoc|check|check-edit) echo "  errors $errors" ;; linkinator) echo "  broken $errors ($req_failed failed requests)" ;; esac)" \
    "$(case $status in ok) ;; TIMEOUT) echo "  STOPPED at $lk_timeout s (--linkinator-timeout)" ;; *) echo "  FAILED (log: $log)" ;; esac)"
}

# linkinator without a markdown build in the run: build the site once, unmeasured.
if measured linkinator && ! measured markdown; then
  echo "== building the Markdown site once for linkinator (not measured)"
  docstack_cmd markdown -q
  rm -rf "$target"
  "${cmd[@]}" > "$LOGS/site-markdown.log" 2>&1 && [ -d "$target/site" ] || die "the Markdown build failed (log: $LOGS/site-markdown.log)"
  keep_site
fi

echo "== measuring ${variants[*]}: $npages pages, $runs runs each, interleaved, $cores cores"
[ "$have_hugo" = 1 ] || ! wanted hugo || [ "$peers" = 0 ] || echo "   (Hugo not installed: use --install-peers for side-by-side figures)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= runs; r++)); do
  for v in "${variants[@]}"; do measure "$v" "$r"; done
done
echo "   load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# --- per-stage times: one extra run without -q, not measured --------------------------------
stage_lines=()
if [ "$stages" = 1 ]; then
  for v in markdown check; do
    measured "$v" || continue
    docstack_cmd "$v"
    rm -rf "$target"
    echo "   extra run without -q for per-stage times: $v (not measured)"
    "${cmd[@]}" > "$LOGS/$v-stages.log" 2>&1 || true
    line=$(grep -E 'Docstack (stages|check):' "$LOGS/$v-stages.log" | tail -n 1 | sed 's/^\[INFO\] //')
    stage_lines+=("$(printf '%-10s %s' "$v" "${line:-(no stage line; log: $LOGS/$v-stages.log)}")")
  done
fi
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== end: $(uptime)"

# --- correctness: reported errors vs the manifest's broken links, page by page -------------
# compare_errors EXT LOG...: one line per distinct outcome over the logs (all runs normally agree).
compare_errors() {
  python3 - "$CORPUS/manifest.json" "$@" <<'PY'
import collections, json, re, sys
manifest, ext, logs = sys.argv[1], sys.argv[2], sys.argv[3:]
rule = {"broken-page": "link.broken", "broken-anchor": "link.anchor", "broken-project": "xref.project"}
want = collections.Counter((b["from"] + "." + ext, rule[b["kind"]]) for b in json.load(open(manifest))["broken"])
pat = re.compile(r"(\S+?\.%s):\d+(?::\d+)?: error \[([\w.-]+)\]" % re.escape(ext))
def compare(log):
    got = collections.Counter()
    for line in open(log, errors="replace"):
        m = pat.search(line)
        if m:
            got[(m.group(1), m.group(2))] += 1
        elif "error [" in line:
            got[("?", line.strip()[:160])] += 1
    missing, extra = want - got, got - want
    if not missing and not extra:
        return "match: every planted broken link reported once, nothing else"
    out = ["MISMATCH: %d planted broken links not reported as expected, %d unexpected errors"
           % (sum(missing.values()), sum(extra.values()))]
    for (f, r), n in list(missing.items())[:5]:
        out.append("     missing  %s [%s]%s" % (f, r, " x%d" % n if n > 1 else ""))
    for (f, r), n in list(extra.items())[:5]:
        out.append("     extra    %s [%s]%s" % (f, r, " x%d" % n if n > 1 else ""))
    return "\n".join(out)
outcomes = collections.OrderedDict()
for log in logs:
    outcomes.setdefault(compare(log), []).append(re.sub(r".*-(\d+)\.log$", r"\1", log))
for text, which in outcomes.items():
    lines = text.split("\n")
    if len(outcomes) > 1:
        lines[0] += " (run %s)" % ",".join(which)
    elif len(logs) > 1:
        lines[0] += " (all %d runs)" % len(logs)
    print("\n".join(lines))
PY
}
# check_errors VARIANT: compare_errors over the logs of the variant's successful runs.
check_errors() {
  local ext=md logs=()
  [ "$1" = asciidoc ] && ext=adoc
  mapfile -t logs < <(awk -F'\t' -v v="$1" -v d="$LOGS" '$1 == v && $6 == "ok" { print d "/" v "-" $2 ".log" }' "$RESULTS")
  if [ ${#logs[@]} -gt 0 ]; then compare_errors "$ext" "${logs[@]}"; fi
}

# --- summary ------------------------------------------------------------------------------
median() { # median VARIANT [COLUMN] -> median wall (or column 4: rss, 7: cpu) of successful runs, or empty
  # (runs linkinator-timeout stopped count, with their lower-bound figures)
  awk -F'\t' -v v="$1" -v c="${2:-3}" '$1 == v && ($6 == "ok" || $6 == "TIMEOUT") { print $c }' "$RESULTS" | sort -g |
    awk '{ a[NR] = $1 } END { if (NR) printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
maxrss() { awk -F'\t' -v v="$1" '$1 == v && $4 > m { m = $4 } END { print m + 0 }' "$RESULTS"; }
errs() { # errs VARIANT [COLUMN]: distinct error counts (column 5) over runs, e.g. "236" or "236/240"
  awk -F'\t' -v v="$1" -v c="${2:-5}" '$1 == v && ($6 == "ok" || $6 == "TIMEOUT") && !s[$c]++ { o = o (o ? "/" : "") $c } END { print o }' "$RESULTS"
}
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b }'; }
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
# goal RATIO LIMIT LABEL -> "0.41 (goal < 1/3: not met)"
goal() { awk -v r="$1" -v l="$2" -v t="$3" 'BEGIN { if (r == "n/a") printf "n/a (goal < %s)", t; else printf "%.2f (goal < %s: %s)", r, t, (r < l) ? "met" : "NOT MET" }'; }
# high load: before the run (other people's work only), or at the end above what the benchmark
# itself adds (one process using up to all cores)
load_verdict() {
  awk -v s="${load_start%% *}" -v e="${load_end%% *}" -v c="$cores" 'BEGIN {
    if (s > c || e > c + 1) printf "HIGH: other work was sharing the machine; trust cpu and the ratios more than absolute wall times"
    else printf "normal" }'
}
declare -A what=([markdown]="doc:build Markdown" [check]="doc:check Markdown" [check-edit]="doc:check, 1 page edited" [linkinator]="linkinator, build's site"
  [asciidoc]="doc:build AsciiDoc" [hugo]="hugo" [antora]="antora")

declare -A med cpu rssm
{
  echo
  echo "== Docstack benchmark ($npages pages, $runs runs, $cores cores) =="
  printf '%-10s  %-24s %7s %8s %7s %8s  %s\n' variant what "wall s" "pages/s" "cpu s" "rss MiB" reported
  for v in markdown check check-edit linkinator asciidoc hugo antora; do
    measured "$v" || continue
    med[$v]=$(median "$v") cpu[$v]=$(median "$v" 7) rssm[$v]=$(maxrss "$v")
    nfail=$(awk -F'\t' -v v="$v" '$1 == v && $6 != "ok" && $6 != "TIMEOUT"' "$RESULTS" | wc -l)
    nstop=$(awk -F'\t' -v v="$v" '$1 == v && $6 == "TIMEOUT"' "$RESULTS" | wc -l)
    if [ -z "${med[$v]}" ]; then
      printf '%-10s  %-24s FAILED in all %d runs (logs: %s/%s-*.log)\n' "$v" "${what[$v]}" "$runs" "$LOGS" "$v"
      continue
    fi
    line=$(printf '%-10s  %-24s %7.1f %8.0f %7.1f %8d' "$v" "${what[$v]}" "${med[$v]}" \
      "$(awk -v p="$npages" -v w="${med[$v]}" 'BEGIN { print (w > 0) ? p / w : 0 }')" "${cpu[$v]}" "${rssm[$v]}")
    case $v in
      markdown|asciidoc|check|check-edit) line+="  errors $(errs "$v") (manifest $nbroken)" ;;
      linkinator) line+="  broken $(errs "$v") (linkinator's count; failed requests $(errs "$v" 10))" ;;
    esac
    [ "$nfail" = 0 ] || line+="  [$nfail of $runs runs FAILED]"
    [ "$nstop" = 0 ] || line+="  [$nstop of $runs runs stopped at $lk_timeout s: wall, cpu are lower bounds]"
    echo "$line"
  done
  [ -z "$linkinator_note" ] || echo "linkinator: not measured: $linkinator_note"
  if [ -n "${med[linkinator]:-}" ] && awk -F'\t' '$1 == "linkinator" && $10 > 0 { f = 1 } END { exit !f }' "$RESULTS"; then
    echo "linkinator: some requests to its own local server failed (status [0]: undici's 10 s connect timeout; its"
    echo "  server does not accept connections fast enough, the kernel logs 'SYN flooding'): those links are"
    echo "  reported broken although they are not, and the time includes the waits. See the [0] lines of"
    echo "  $LOGS/linkinator-*.log"
  fi
  r=
  [ -n "${med[markdown]:-}" ] && [ -n "${med[hugo]:-}" ] && r+="ratio markdown/hugo $(ratio "${med[markdown]}" "${med[hugo]}")   "
  [ -n "${med[asciidoc]:-}" ] && [ -n "${med[antora]:-}" ] && r+="asciidoc/antora $(ratio "${med[asciidoc]}" "${med[antora]}")   "
  [ -n "${med[markdown]:-}" ] && [ -n "${med[antora]:-}" ] && r+="markdown/antora $(ratio "${med[markdown]}" "${med[antora]}")"
  [ -z "$r" ] || echo "$r"
  r=
  [ -n "${cpu[markdown]:-}" ] && [ -n "${cpu[hugo]:-}" ] && r+="cpu ratio markdown/hugo $(ratio "${cpu[markdown]}" "${cpu[hugo]}")   "
  [ -n "${cpu[asciidoc]:-}" ] && [ -n "${cpu[antora]:-}" ] && r+="asciidoc/antora $(ratio "${cpu[asciidoc]}" "${cpu[antora]}")"
  [ -z "$r" ] || echo "$r"
  if [ -n "${med[check]:-}" ]; then
    for peer in markdown linkinator; do
      label=build limit=0.3333333 text=1/3
      [ "$peer" = linkinator ] && label=linkinator limit=1 text=1
      if [ -n "${med[$peer]:-}" ]; then
        [ "$peer" != linkinator ] || ! awk -F'\t' '$1 == "linkinator" && $6 == "TIMEOUT" { f = 1 } END { exit !f }' "$RESULTS" ||
          echo "(linkinator was stopped at $lk_timeout s in some runs: check/linkinator below is an upper bound)"
        printf 'gate check/%-10s wall %s   cpu %s   rss %s\n' "$label" \
          "$(goal "$(ratio2 "${med[check]}" "${med[$peer]}")" "$limit" "$text")" \
          "$(ratio2 "${cpu[check]}" "${cpu[$peer]}")" "$(ratio2 "${rssm[check]}" "${rssm[$peer]}")"
      else
        printf 'gate check/%-10s n/a (%s not measured)\n' "$label" "$peer"
      fi
    done
  fi
  if [ -n "${med[check-edit]:-}" ] && [ -n "${med[markdown]:-}" ]; then
    printf 'gate check-edit/build wall %s   cpu %s   (a pull request: 1 page edited, the other pages from the cache)\n' \
      "$(goal "$(ratio2 "${med[check-edit]}" "${med[markdown]}")" 0.3333333 1/3)" "$(ratio2 "${cpu[check-edit]}" "${cpu[markdown]}")"
  fi
  for v in markdown check check-edit asciidoc; do
    if [ -n "${med[$v]:-}" ]; then printf 'errors %-11s %s\n' "$v:" "$(check_errors "$v")"; fi
  done
  for l in ${stage_lines[@]+"${stage_lines[@]}"}; do echo "stages $l"; done
  echo "load average (1/5/15 min) at start $load_start, at end $load_end, $cores cores: $(load_verdict)"
  ids=$(awk -F'\t' 'NR > 1 && $1 != "linkinator" && !s[$9]++ { o = o (o ? " " : "") $9 } END { print o }' "$RESULTS")
  if [ "$(wc -w <<< "$ids")" -gt 1 ]; then
    echo "WARNING: the plugin in ~/.m2 changed during the run (jars $ids; column 'jars' of $RESULTS): not every run measured the same code"
  fi
  echo "wall = median whole-process time; pages/s = pages / wall; cpu = median user+sys seconds;"
  echo "rss = max peak RSS over runs. wall is only trustworthy when the load stays near or below the"
  echo "core count; cpu is less sensitive to it. Docstack figures are the whole 'mvn' process: they"
  echo "include Maven's startup (~1 s) and heap. ratio = Docstack wall / peer wall (below 1.0x: Docstack"
  echo "is faster); gate ratios = doc:check's median / the other's median. Raw runs: $RESULTS"
} | tee "$WORK/summary.txt"
exit "$failed"
