#!/usr/bin/env bash
# run-all.sh: the main job. Builds when needed, runs every workload's benchmarks, the pitfall
# proofs and a JFR attribution pass, then writes the report. Prints where the report is.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: ./scripts/run-all.sh [options]

Runs sharebench end to end and writes everything under results/<run-id>/:
  manifest.json        what ran, where: JDK, JVM flags, CPU, cores, kernel, commit, profile, times
  mechanisms.json      the mechanism registry (alias, family, description, classic idea)
  workloads.json       the workload catalogue as this run used it (jobs, headlines, targets, guides)
  reference/pairs/     the targets' C and Python references, measured right before and after each
                       Java fork they are compared with (needs cc / python3)
  jmh/<Workload>.json  JMH results per workload, all forks (the statistics use only these)
  jmh/forks/<Workload>/  one JMH JSON per fork and schedule.tsv, the order the forks ran in
  jmh/forks/LoadLatencyBench/<fork id>-latency.hlog  each fork's latency HdrHistograms (one per
                       measured iteration, HdrHistogram's interval-log format)
  canary/{start,middle,end}/  the machine-state canary (CPU kernel + floor) around the benchmarks
  proofs/*.json        one record per pitfall proof variant (+ proofs/jcstress/ raw output)
  jfr/                 the separate JFR attribution pass (never used for timings)
  logs/                full output of every stage
  index.html, summary.md, results.csv, charts/   the report

Options:
  --profile NAME   smoke | quick | full   (default: quick; 11 min 15-47 s measured on fresh clones,
                   2 vCPUs, 2026-12-02; full is for publication: >= 5 forks, hours). What a profile
                   runs and the plan's estimate: benchmarks.jar suite plan --profile NAME --format forks
  --out DIR        write into DIR instead of results/<run-id>/; DIR must be new or empty (an
                   earlier run's files in it would be mixed with this run's: exit 2)
  --only LIST      run only these stages (comma-separated): reference,inproc,xproc,proofs,jfr,report
  --skip LIST      skip these stages
  --bench REGEX    run only the workloads whose name matches REGEX (e.g. 'Counter|Floor'); a
                   REGEX that matches no workload is an error (exit 2)
  -h, --help       this help

Exit codes: 0 all stages passed; 1 a benchmark, proof or report failed (the report still shows
what ran); 2 bad usage (a missing value, an --out that is not empty or cannot be written, a --bench
that selects nothing); 3 no JDK 25 or Maven found; 4 the build failed.
Never run two of these at once on one machine: both would measure noise.
USAGE
}

profile=quick out="" only="" skip="" bench_filter=""
invocation="./scripts/run-all.sh${*:+ $(printf '%q ' "$@")}"   # for the manifest, before the options are shifted away
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) sb_need "$@"; profile=$2; shift 2 ;;
    --profile=*) profile="${1#*=}"; [ -n "$profile" ] || sb_die 2 "--profile needs a value (see --help)"; shift ;;
    --out) sb_need "$@"; out=$2; shift 2 ;;
    --out=*) out="${1#*=}"; [ -n "$out" ] || sb_die 2 "--out needs a value (see --help)"; shift ;;
    --only) sb_need "$@"; only=$2; shift 2 ;;
    --skip) sb_need "$@"; skip=$2; shift 2 ;;
    --bench) sb_need "$@"; bench_filter=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'error: unknown argument %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done

ALL_STAGES="reference inproc xproc proofs jfr report"
for s in ${only//,/ } ${skip//,/ }; do
  case " $ALL_STAGES " in *" $s "*) ;; *) sb_die 2 "unknown stage '$s' in --only/--skip (stages: ${ALL_STAGES// /, })" ;; esac
done
# The benchmark stages print the plan's estimate themselves (their forks' timings, a start-up cost per
# fork and per reference run: the suite runner's first line). The proofs have no plan: their figure
# is the one measured on 2 vCPUs on 2026-12-02 (test.sh's smoke run; the quick runs on fresh clones).
case "$profile" in
  smoke) proof_mode=sanity; ref_ms=100; eta_p="~1 min (measured 65 s on 2 vCPUs, 2026-12-02)" ;;
  quick) proof_mode=quick;  ref_ms=100; eta_p="~2.7 min (measured 2 min 37-41 s on 2 vCPUs, 2026-12-02)" ;;
  full)  proof_mode=full;   ref_ms=300; eta_p="long: not measured yet" ;;
  *) sb_die 2 "unknown profile '$profile' (profiles: smoke, quick, full)" ;;
esac
eta_plan="the plan's estimate follows"

want() {  # want STAGE: is this stage selected?
  local s=$1
  if [ -n "$only" ]; then case ",$only," in *",$s,"*) ;; *) return 1 ;; esac; fi
  case ",$skip," in *",$s,"*) return 1 ;; esac
  return 0
}

# A given --out is checked before anything is built or run: one line and exit 2 when it cannot be
# created or written, or already holds files (an earlier run's forks would be merged with this run's).
[ -z "$out" ] || sb_fresh_dir "$out" --out

sb_find_jdk
failures=()
finish() {
  local rc=$?
  [ -z "${probe:-}" ] || rm -rf -- "$probe"
  sb_cleanup_temp
  if [ -n "${dir:-}" ] && [ -f "$dir/manifest.json" ]; then
    "$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" manifest --finish --out "$dir/manifest.json" \
      --status "$([ $rc -eq 0 ] && echo ok || echo failed)" >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT TERM

TOTAL=7
sb_stage 1 $TOTAL "build" "~1 min on a fresh machine"
sb_build_if_needed
BENCH=("$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar" suite)
# A --bench pattern that selects no workload of this profile is bad input: say so before any stage runs.
if [ -n "$bench_filter" ]; then
  selected=$("${BENCH[@]}" plan --profile "$profile" --bench "$bench_filter" --format names) || exit 2
  [ -n "$selected" ] || sb_die 2 "--bench '$bench_filter' matches no workload of the $profile profile (see: benchmarks.jar suite plan --profile $profile)"
fi

commit=$(git -C "$SB_ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
run_id="$(date -u +%Y%m%d-%H%M%S)-$profile-${commit:0:7}"
target="${out:-$SB_ROOT/results/$run_id}"
sb_fresh_dir "$target" --out   # before dir is set: the exit trap finishes $dir's manifest, never an earlier run's
dir=$target
mkdir -p "$dir"/{jmh,jfr,proofs,logs,reference} 2>/dev/null || sb_die 2 "--out $dir: cannot create its subfolders"
dir="$(cd "$dir" && pwd)"
CORE=("$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar")
"${CORE[@]}" manifest --out "$dir/manifest.json" --run-id "$run_id" --profile "$profile" \
  --git-commit "$commit" --command "${invocation% }" --bench-jvm-flags "$SB_JVM_FLAGS"
"${CORE[@]}" mechanisms --json "$dir/mechanisms.json"
"${CORE[@]}" workloads --profile "$profile" --json "$dir/workloads.json"
sb_log "results: $dir"

# --- 2. references: the C and Python peers of the targets, built here, measured later ---------
# Each target's reference program measures one case right before and right after every fork of its
# Java side (reference/pairs/), never once at the start: on this kind of machine the host moves the
# vCPUs within minutes, and a ratio is only meaningful when both sides saw the same machine.
sb_stage 2 $TOTAL "references: build the C and Python peers of the targets" "~5 s"
REFS=()
if want reference; then
  probe=$(mktemp -d "${TMPDIR:-/tmp}/sharebench-refs-p$$-XXXXXX")
  cc=$(command -v cc || command -v gcc || true)
  if [ -z "$cc" ]; then
    sb_log "  C references skipped: no C compiler (cc/gcc); the C targets will say 'not measured (needs cc)'"
  else
    for c in core-to-core transports shm-ring; do
      "$cc" -O2 -pthread "$SB_ROOT/scripts/reference/$c.c" -o "$probe/$c" 2>>"$dir/logs/reference.log" \
        || sb_log "  $c did not compile (logs/reference.log); its targets will say 'not measured'"
    done
  fi
  if command -v python3 >/dev/null 2>&1; then
    cp "$SB_ROOT/scripts/reference/python-guides.py" "$probe/"
  else
    sb_log "  Python references skipped: no python3; the Python targets will say 'not measured (needs python3)'"
  fi
  sb_log "  built: $(ls "$probe" | tr '\n' ' ')(paired with the Java forks in stages 3-4)"
  REFS=(--references "$probe" --reference-ms "$ref_ms")
else sb_log "  skipped (--only/--skip): the targets will say 'not measured'"; fi

# --- 3/4. benchmarks -------------------------------------------------------------------------
# The workload catalogue (core) says what each stage runs; the suite runner in benchmarks.jar runs
# it one fork at a time, forks interleaved in a seeded order, and the gate's merge pools the forks
# of each workload into jmh/<Workload>.json (a workload with a failed fork stays out of it).
SEED=$(date +%s)
REPORTS=("$SB_JAVA" -Djava.awt.headless=true -jar "$SB_ROOT/reports/target/reports.jar")
run_stage() {  # run_stage STAGE KIND [suite run options...]
  local stage=$1 kind=$2 rc=0; shift 2
  "${BENCH[@]}" run --profile "$profile" --stage "$stage" --out "$dir" --seed "$SEED" \
      ${bench_filter:+--bench "$bench_filter"} "${REFS[@]}" "$@" || rc=$?
  [ $rc -ne 2 ] || sb_die 2 "the suite runner refused its arguments (see above)"
  [ $rc -eq 0 ] || failures+=("$stage benchmarks")
  if [ -d "$dir/$kind/forks" ]; then
    "${REPORTS[@]}" merge --forks-of "$dir/$kind" >>"$dir/logs/merge.log" 2>&1 || failures+=("merging $kind results")
  fi
}

# The canary (a fixed CPU kernel and the floor, ~3 s) at the start, middle and end of the
# benchmarks: the report warns in its first lines when the machine drifted beyond the canary's
# own noise between two points (see docs/statistics.md).
canary() {  # canary POINT
  local rc=0
  want inproc || want xproc || return 0
  "${BENCH[@]}" run --profile canary --out "$dir" --seed "$SEED" --into "canary/$1" >>"$dir/logs/canary.log" 2>&1 || rc=$?
  if [ $rc -eq 0 ]; then
    "${REPORTS[@]}" merge --forks-of "$dir/canary/$1" >>"$dir/logs/merge.log" 2>&1 || failures+=("canary $1")
    sb_log "  canary ($1): ok"
  else
    sb_log "  canary ($1) FAILED (logs/canary.log)"; failures+=("canary $1")
  fi
}

sb_stage 3 $TOTAL "in-process benchmarks" "$(want inproc && echo "$eta_plan")"
canary start
if want inproc; then run_stage inproc jmh; else sb_log "  skipped (--only/--skip)"; fi
sb_stage 4 $TOTAL "cross-process benchmarks (child JVMs)" "$(want xproc && echo "$eta_plan")"
canary middle
if want xproc; then run_stage xproc jmh; else sb_log "  skipped (--only/--skip)"; fi
canary end

# --- 5. proofs -------------------------------------------------------------------------------
sb_stage 5 $TOTAL "pitfall proofs ($proof_mode)" "$eta_p"
if want proofs; then
  if "$SB_ROOT/scripts/proofs.sh" --mode "$proof_mode" --out "$dir/proofs" >"$dir/logs/proofs.log" 2>&1; then
    sb_log "  ok: proof records in proofs/: $(ls "$dir/proofs"/*.json 2>/dev/null | wc -l)"
  else
    sb_log "  FAILED (logs/proofs.log):"; tail -8 "$dir/logs/proofs.log" | sed 's/^/      /' >&2
    failures+=("proofs")
  fi
else sb_log "  skipped (--only/--skip)"; fi

# --- 6. JFR attribution: the "why", one fork, never used for timings -------------------------
# The catalogue's jfr profile names the parameter sets worth attributing (the contrasts, not every
# combination); the smoke profile exercises one per stage, briefly.
sb_stage 6 $TOTAL "JFR attribution pass" "$(want jfr && echo "$eta_plan")"
if want jfr; then
  jfr_args=(--profile jfr --out "$dir" --seed "$SEED" --jfc "$SB_ROOT/scripts/jfr/attribution.jfc")
  [ -z "$bench_filter" ] || jfr_args+=(--bench "$bench_filter")
  # smoke only checks that the pass works: one small workload per stage, brief forks
  [ "$profile" != smoke ] || jfr_args+=(--one-per-stage --timing 0,100ms,1,300ms)
  [ "$profile" != smoke ] || [ -n "$bench_filter" ] || jfr_args+=(--bench '^(CounterBench|StreamBench)$')
  rc=0
  "${BENCH[@]}" run "${jfr_args[@]}" || rc=$?
  [ $rc -eq 0 ] || failures+=("jfr pass")
  [ ! -d "$dir/jfr/forks" ] || "${REPORTS[@]}" merge --forks-of "$dir/jfr" >>"$dir/logs/merge.log" 2>&1 || failures+=("merging jfr results")
else sb_log "  skipped (--only/--skip)"; fi

# --- 7. report ---------------------------------------------------------------------------------
sb_stage 7 $TOTAL "report: statistics, charts, documents" "~10 s"
if want report; then
  if "${REPORTS[@]}" report "$dir" >"$dir/logs/report.log" 2>&1; then
    sed 's/^/  /' "$dir/logs/report.log" | tail -5 >&2
  else
    sb_log "  FAILED (logs/report.log):"; tail -8 "$dir/logs/report.log" | sed 's/^/      /' >&2
    failures+=("report")
  fi
else sb_log "  skipped (--only/--skip)"; fi

echo >&2
if [ ${#failures[@]} -gt 0 ]; then
  sb_log "FAILED: ${failures[*]}"
  sb_log "Results (incomplete): $dir"
  [ -f "$dir/index.html" ] && echo "Report: $dir/index.html"
  exit 1
fi
echo "Results: $dir"
echo "Report:  $dir/index.html"
