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
  reference/           this run's references: core-to-core and pipe/uds/tcp round trips in C (if cc
                       exists), Python Manager().dict() get (if python3 exists)
  jmh/<Workload>.json  JMH results per workload (the statistics use only these)
  proofs/*.json        one record per pitfall proof variant (+ proofs/jcstress/ raw output)
  jfr/                 the separate JFR attribution pass (never used for timings)
  logs/                full output of every stage
  index.html, summary.md, results.csv, charts/   the report

Options:
  --profile NAME   smoke | quick | full   (default: quick, about 13 min on 2 vCPUs;
                   full is for publication: >= 5 forks, hours)
  --out DIR        write into DIR instead of results/<run-id>/
  --only LIST      run only these stages (comma-separated): reference,inproc,xproc,proofs,jfr,report
  --skip LIST      skip these stages
  --bench REGEX    run only the workloads whose name matches REGEX (e.g. 'Counter|Floor')
  -h, --help       this help

Exit codes: 0 all stages passed; 1 a benchmark, proof or report failed (the report still shows
what ran); 2 bad usage; 3 no JDK 25 or Maven found; 4 the build failed.
Never run two of these at once on one machine: both would measure noise.
USAGE
}

profile=quick out="" only="" skip="" bench_filter=""
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile="${2:?--profile needs a value}"; shift 2 ;;
    --profile=*) profile="${1#*=}"; shift ;;
    --out) out="${2:?--out needs a directory}"; shift 2 ;;
    --out=*) out="${1#*=}"; shift ;;
    --only) only="${2:?--only needs a list}"; shift 2 ;;
    --skip) skip="${2:?--skip needs a list}"; shift 2 ;;
    --bench) bench_filter="${2:?--bench needs a regex}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'error: unknown argument %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done

ALL_STAGES="reference inproc xproc proofs jfr report"
for s in ${only//,/ } ${skip//,/ }; do
  case " $ALL_STAGES " in *" $s "*) ;; *) sb_die 2 "unknown stage '$s' in --only/--skip (stages: ${ALL_STAGES// /, })" ;; esac
done
case "$profile" in
  smoke) proof_mode=sanity; eta_in="~1 min"; eta_x="~1 min"; eta_p="~2 min"; eta_j="~1 min" ;;
  quick) proof_mode=quick;  eta_in="~3 min"; eta_x="~4 min"; eta_p="~4 min"; eta_j="~2.5 min" ;;
  full)  proof_mode=full;   eta_in="hours";  eta_x="hours";  eta_p="~1 h";   eta_j="~10 min" ;;
  *) sb_die 2 "unknown profile '$profile' (profiles: smoke, quick, full)" ;;
esac
[ -d "$SB_ROOT/jmh/profiles/$profile" ] || sb_die 2 "profile '$profile' has no folder jmh/profiles/$profile"

want() {  # want STAGE: is this stage selected?
  local s=$1
  if [ -n "$only" ]; then case ",$only," in *",$s,"*) ;; *) return 1 ;; esac; fi
  case ",$skip," in *",$s,"*) return 1 ;; esac
  return 0
}

# Workloads whose peers are child JVMs; every other profile file is an in-process workload.
XPROC_WORKLOADS="RttBench StreamBench XprocCounterBench SharedMapBench"
is_xproc() { case " $XPROC_WORKLOADS " in *" $1 "*) return 0 ;; esac; return 1; }

sb_find_jdk
failures=()
finish() {
  local rc=$?
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

commit=$(git -C "$SB_ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
run_id="$(date -u +%Y%m%d-%H%M%S)-$profile-${commit:0:7}"
dir="${out:-$SB_ROOT/results/$run_id}"
mkdir -p "$dir"/{jmh,jfr,proofs,logs,reference}
dir="$(cd "$dir" && pwd)"
CORE=("$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar")
"${CORE[@]}" manifest --out "$dir/manifest.json" --run-id "$run_id" --profile "$profile" \
  --git-commit "$commit" --command "./scripts/run-all.sh ${*:-}" --bench-jvm-flags "$SB_JVM_FLAGS"
"${CORE[@]}" mechanisms --json "$dir/mechanisms.json"
sb_log "results: $dir"

# --- 2. references of this run: the hardware floor and the C/Python peers of the targets ------
# Compared only within one run: the host sometimes places the vCPUs so that everything is slower.
sb_stage 2 $TOTAL "machine references: core-to-core and kernel transports in C, Python's Manager" "~20 s"
if want reference; then
  cc=$(command -v cc || command -v gcc || true)
  if [ -z "$cc" ]; then
    sb_log "  C probes skipped: no C compiler (cc/gcc); the targets then have no same-run C reference"
  else
    probe=$(mktemp -d "${TMPDIR:-/tmp}/sharebench-refs-p$$-XXXXXX")
    for c in core-to-core transports; do
      if "$cc" -O2 -pthread "$SB_ROOT/scripts/reference/$c.c" -o "$probe/$c" 2>>"$dir/logs/reference.log" \
         && "$probe/$c" >"$dir/reference/$c.json" 2>>"$dir/logs/reference.log"; then
        sb_log "  $c: $(tr -d '\n' < "$dir/reference/$c.json" | sed -n -e 's/.*"rttNs": \([0-9.]*\).*/round trip \1 ns (median of 7 runs)/p' -e 's/.*"p50": \(.*\)}$/p50 us \1/p')"
      else
        sb_log "  $c probe failed (see logs/reference.log); continuing without it"
        rm -f "$dir/reference/$c.json"
      fi
    done
    rm -rf -- "$probe"
  fi
  if command -v python3 >/dev/null 2>&1; then
    if python3 "$SB_ROOT/scripts/reference/python-manager.py" >"$dir/reference/python-manager.json" 2>>"$dir/logs/reference.log"; then
      sb_log "  python-manager: $(sed -n 's/.*"p50": \({[^}]*}\).*/p50 \1/p' "$dir/reference/python-manager.json")"
    else
      sb_log "  python-manager probe failed (see logs/reference.log); continuing without it"
      rm -f "$dir/reference/python-manager.json"
    fi
  else
    sb_log "  python-manager skipped: no python3 (the manager targets then have no same-run Python reference)"
  fi
else sb_log "  skipped (--only/--skip)"; fi

# --- 3/4. benchmarks -------------------------------------------------------------------------
# run_jmh ARGS_FILE OUT_JSON LOG [extra JMH args...]: one workload; never aborts the run.
run_jmh() {
  local file=$1 json=$2 log=$3; shift 3
  local -a args
  read -ra args < "$file"
  "$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar" "${args[@]}" "$@" \
    -foe true -jvmArgsPrepend "$SB_JVM_FLAGS" -rf json -rff "$json" >"$log" 2>&1
}

# The profile's workloads of one stage, in a stable order (floor first: it frames the rest).
workloads() {
  local kind=$1 f name
  for f in "$SB_ROOT/jmh/profiles/$profile"/FloorBench.args "$SB_ROOT/jmh/profiles/$profile"/*.args; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .args)
    if [ "$kind" = xproc ]; then is_xproc "$name" || continue; else is_xproc "$name" && continue; fi
    [ -z "$bench_filter" ] || [[ "$name" =~ $bench_filter ]] || continue
    printf '%s\n' "$f"
  done | awk '!seen[$0]++'
}

run_workloads() {  # run_workloads KIND
  local -a files
  mapfile -t files < <(workloads "$1")
  [ ${#files[@]} -gt 0 ] || { sb_log "  no workloads in jmh/profiles/$profile for this stage"; return 0; }
  local i=0 f name t0 secs
  for f in "${files[@]}"; do
    i=$((i + 1)); name=$(basename "$f" .args); t0=$(date +%s)
    printf '  (%d/%d) %-22s ... ' "$i" "${#files[@]}" "$name" >&2
    if run_jmh "$f" "$dir/jmh/$name.json" "$dir/logs/$name.log"; then
      secs=$(( $(date +%s) - t0 )); printf 'ok, %ss -> jmh/%s.json\n' "$secs" "$name" >&2
    else
      secs=$(( $(date +%s) - t0 )); printf 'FAILED after %ss (logs/%s.log):\n' "$secs" "$name" >&2
      grep -E 'Exception|Error|FAILED|<failure>' "$dir/logs/$name.log" | head -8 | sed 's/^/      /' >&2 || true
      failures+=("benchmark $name")
      # A failed run's JSON is partial or empty: keep it for inspection, out of the statistics.
      [ -f "$dir/jmh/$name.json" ] && mv -- "$dir/jmh/$name.json" "$dir/logs/$name.failed.json"
    fi
  done
}

sb_stage 3 $TOTAL "in-process benchmarks" "$eta_in"
if want inproc; then run_workloads inproc; else sb_log "  skipped (--only/--skip)"; fi
sb_stage 4 $TOTAL "cross-process benchmarks (child JVMs)" "$eta_x"
if want xproc; then run_workloads xproc; else sb_log "  skipped (--only/--skip)"; fi

# --- 5. proofs -------------------------------------------------------------------------------
sb_stage 5 $TOTAL "pitfall proofs ($proof_mode)" "$eta_p"
if want proofs; then
  if "$SB_ROOT/scripts/proofs.sh" --mode "$proof_mode" --out "$dir/proofs" >"$dir/logs/proofs.log" 2>&1; then
    sb_log "  ok: $(ls "$dir/proofs"/*.json 2>/dev/null | wc -l) proof records in proofs/"
  else
    sb_log "  FAILED (logs/proofs.log):"; tail -8 "$dir/logs/proofs.log" | sed 's/^/      /' >&2
    failures+=("proofs")
  fi
else sb_log "  skipped (--only/--skip)"; fi

# --- 6. JFR attribution: the "why", one fork, never used for timings -------------------------
# jmh/profiles/jfr/<Workload>.args name the parameter sets worth attributing (the contrasts, not
# every combination); the smoke profile exercises two of them briefly.
sb_stage 6 $TOTAL "JFR attribution pass" "$eta_j"
if want jfr; then
  jfc="$SB_ROOT/scripts/jfr/attribution.jfc"
  if [ "$profile" = smoke ]; then jfr_filter='^(CounterBench|RttBench)$'; jfr_timing=(-f 1 -wi 0 -i 1 -r 300ms)
  else jfr_filter='.'; jfr_timing=(-f 1 -wi 1 -w 300ms -i 1 -r 1s); fi
  jfiles=()
  for f in "$SB_ROOT"/jmh/profiles/jfr/*.args; do
    name=$(basename "$f" .args)
    [[ "$name" =~ $jfr_filter ]] || continue
    [ -z "$bench_filter" ] || [[ "$name" =~ $bench_filter ]] || continue
    jfiles+=("$f")
  done
  j=0
  for f in "${jfiles[@]}"; do
    j=$((j + 1)); name=$(basename "$f" .args)
    printf '  (%d/%d) %-22s ... ' "$j" "${#jfiles[@]}" "$name" >&2
    if run_jmh "$f" "$dir/jfr/$name.json" "$dir/logs/jfr-$name.log" "${jfr_timing[@]}" \
         -prof "jfr:dir=$dir/jfr/$name;configName=$jfc"; then
      printf 'ok\n' >&2
    else
      printf 'FAILED (logs/jfr-%s.log)\n' "$name" >&2; failures+=("jfr $name")
      [ -f "$dir/jfr/$name.json" ] && mv -- "$dir/jfr/$name.json" "$dir/logs/jfr-$name.failed.json"
    fi
  done
else sb_log "  skipped (--only/--skip)"; fi

# --- 7. report ---------------------------------------------------------------------------------
sb_stage 7 $TOTAL "report: statistics, charts, documents" "~5 s"
if want report; then
  if "$SB_JAVA" -Djava.awt.headless=true -jar "$SB_ROOT/reports/target/reports.jar" report "$dir" >"$dir/logs/report.log" 2>&1; then
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
