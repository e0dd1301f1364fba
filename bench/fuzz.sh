#!/usr/bin/env bash
# Runs Docstack's fuzz harnesses (doc-core/src/test/java/io/docstack/fuzz) in fuzzing mode with Jazzer:
#   bench/fuzz.sh [HARNESS|all] [MINUTES]      default: all harnesses, 10 minutes each ("30s": seconds)
#   bench/fuzz.sh list                          the harnesses, one a line
# One harness per JVM, one after the other (each fuzzer is single-threaded: on a 2-core machine,
# run one at a time). Per harness, under bench/work/fuzz/HARNESS/ (git-ignored, kept between runs):
# corpus/ (what the fuzzer learnt; the next run starts from it), crash-*/timeout-* (every finding's
# input), fuzz.log. Prints, per harness: minutes run, executions, findings; appends the same line to
# bench/work/fuzz/runs.tsv. Exits 1 when a harness found something.
# JAVA_OPTS adds JVM options, JAZZER_ARGS Jazzer and libFuzzer flags (e.g. -seed=1 -max_len=16384).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK="$REPO/bench/work/fuzz"
RESOURCES="$REPO/doc-core/src/test/resources"
which=${1:-all}
duration=${2:-10}
if [[ $duration == *s ]]; then seconds_each=${duration%s}; else seconds_each=$((duration * 60)); fi

# id class method instrumented-packages, from io.docstack.fuzz.Harness (the one list of harnesses).
table=$("$REPO/bench/test-main.sh" io.docstack.fuzz.Harness)
if [[ $which == list ]]; then
  echo "$table" | cut -d' ' -f1
  exit 0
fi
if [[ $which != all ]] && ! echo "$table" | cut -d' ' -f1 | grep -qx -- "$which"; then
  echo "no fuzz harness '$which'; one of: all $(echo "$table" | cut -d' ' -f1 | tr '\n' ' ')" >&2
  exit 2
fi

found=0
summary=()
while read -r id class method packages; do
  [[ $which == all || $which == "$id" ]] || continue
  dir="$WORK/$id"
  mkdir -p "$dir/corpus"
  rm -rf "$dir/tmp" && mkdir -p "$dir/tmp"
  corpora=("$dir/corpus" "$RESOURCES/fuzz-seeds/$id")
  [[ -d "$RESOURCES/fuzz-fixes/$id" ]] && corpora+=("$RESOURCES/fuzz-fixes/$id")
  before=$(ls "$dir" | grep -cE '^(crash|timeout|oom)-' || true)
  echo "== $id: ${seconds_each} s ($class#$method), log in $dir/fuzz.log"
  start=$(date +%s)
  # A private temporary folder: the harnesses check that a build leaves nothing in it.
  set +e
  # jazzer.internal.basedir: else Jazzer makes an empty findings folder in src/test/resources.
  JAVA_OPTS="-Xmx1g -Djava.io.tmpdir=$dir/tmp -Ddocstack.fuzz.checkTmp=true -Djazzer.internal.basedir=$dir ${JAVA_OPTS:-}" \
    "$REPO/bench/test-main.sh" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --target_method="$method" \
      --instrumentation_includes="$packages" \
      --instrumentation_excludes='io.docstack.fuzz.**:io.docstack.FuzzBuild*:io.docstack.TestFiles*' \
      --keep_going=20 \
      -max_total_time=$seconds_each -timeout=60 -rss_limit_mb=0 -print_final_stats=1 \
      -dict="$RESOURCES/fuzz-dicts/$id.dict" -artifact_prefix="$dir/" \
      ${JAZZER_ARGS:-} "${corpora[@]}" >"$dir/fuzz.log" 2>&1
  rc=$?
  set -e
  # Time spent fuzzing, as libFuzzer counts it (without compiling, starting and warming up).
  seconds=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$dir/fuzz.log" | grep -oE '[0-9]+ second' | grep -oE '[0-9]+' | tail -1 || true)
  [[ -z $seconds ]] && seconds=$(( $(date +%s) - start ))
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$dir/fuzz.log" | grep -oE '[0-9]+$' | tail -1 || true)
  [[ -z $runs ]] && runs=$(grep -oE '^#[0-9]+' "$dir/fuzz.log" | tail -1 | tr -d '#' || true)
  findings=$(grep -c '^== Java Exception' "$dir/fuzz.log" || true)
  inputs=$(( $(ls "$dir" | grep -cE '^(crash|timeout|oom)-' || true) - before ))
  if (( rc != 0 && findings == 0 )); then
    findings="? (exit $rc, see the log)"
  fi
  line=$(printf '%-13s %6s min %10s executions %4s findings %3s new inputs' "$id" \
    "$(awk "BEGIN{printf \"%.1f\", $seconds/60}")" "${runs:-0}" "$findings" "$inputs")
  echo "$line"
  grep -A3 '^== Java Exception' "$dir/fuzz.log" | grep -v '^--$' | head -40 || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$id" "$seconds" "${runs:-0}" "$findings" "$inputs" >>"$WORK/runs.tsv"
  summary+=("$line")
  [[ $findings == 0 ]] || found=1
done <<<"$table"

echo
echo "harness       duration     executions          findings / new inputs (in bench/work/fuzz/HARNESS/)"
printf '%s\n' "${summary[@]}"
exit $found
