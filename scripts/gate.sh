#!/usr/bin/env bash
# The CI performance regression gate. Two ways to use it:
#
#  A/B mode: run a baseline and a candidate benchmarks.jar on this machine, in this job, forks
#  interleaved in a seeded random order per round (A B, B A, ...), then gate the merged results:
#    ./scripts/gate.sh --baseline-jar A.jar --candidate-jar B.jar [--forks 10] [--seed N]
#                      [--profile FILE]... [--cpus 0,1] [--candidate-jvm-args "..."] [--out DIR]
#
#  Results mode: gate two existing JMH JSON results (files or directories of them, any JMH project):
#    ./scripts/gate.sh --baseline base.json --candidate cand.json [--out DIR]
#
# Gate options passed through to `reports gate`: --delta 0.05, --thresholds FILE, --alpha 0.05,
# --sample-statistic median|mean, --bootstrap-forks 10.
# Exit: 0 pass, 1 regression (or the candidate failed to run), 2 bad input or usage, 3 no JDK 25.
# Statistics, verdicts and reports live in Java (reports/.../gate); this script only orchestrates.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  cat >&2 <<EOF
Options:
  --baseline-jar JAR / --candidate-jar JAR   A/B mode: the two builds' benchmarks.jar (may be the same file)
  --baseline PATH / --candidate PATH         results mode: JMH JSON files or directories
  --profile FILE     a JMH args file (one line: regex first, then options; no -f/-rf/-rff); repeatable;
                     default: every jmh/profiles/gate/*.args
  --forks N          forks per side in A/B mode (default 10; >= 10 gives the bootstrap CI, 5-9 Welch)
  --seed N           seed of the A/B order (default: from the clock; always logged)
  --cpus LIST        pin both sides' JMH JVMs to these CPUs with taskset (same placement for both)
  --baseline-jvm-args / --candidate-jvm-args "ARGS"   extra fork JVM args for one side (e.g. the
                     test-only -Dsharebench.gate.slowdown=1.10 of GateCalibrationBench)
  --rerun-forks N    A/B mode: when benchmarks FAIL, run N more rounds of their profiles and gate
                     again on all forks; the second verdict is final (default 0: no rerun)
  --allow-missing    a profile regex that matches no benchmark in a jar is a warning, not an error
  --out DIR          output directory (default results/gate-<UTC time>)
  --delta D, --thresholds FILE, --alpha A, --sample-statistic median|mean   passed to 'reports gate'
                     (A/B mode uses jmh/profiles/gate/thresholds.txt unless --thresholds is given)
EOF
  exit "${1:-2}"
}

BASE_JAR="" CAND_JAR="" BASE_RES="" CAND_RES="" FORKS=10 SEED="" CPUS="" OUT="" ALLOW_MISSING=0
BASE_ARGS="" CAND_ARGS=""
PROFILES=() GATE_ARGS=() NAMES=() LINES=() PIN=() RERUN=0
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline-jar)  BASE_JAR="${2:?--baseline-jar needs a path}"; shift 2 ;;
    --candidate-jar) CAND_JAR="${2:?--candidate-jar needs a path}"; shift 2 ;;
    --baseline)      BASE_RES="${2:?--baseline needs a path}"; shift 2 ;;
    --candidate)     CAND_RES="${2:?--candidate needs a path}"; shift 2 ;;
    --profile)       PROFILES+=("${2:?--profile needs a file}"); shift 2 ;;
    --forks)         FORKS="${2:?--forks needs a number}"; shift 2 ;;
    --seed)          SEED="${2:?--seed needs a number}"; shift 2 ;;
    --cpus)          CPUS="${2:?--cpus needs a CPU list}"; shift 2 ;;
    --baseline-jvm-args)  BASE_ARGS="${2?}"; shift 2 ;;
    --candidate-jvm-args) CAND_ARGS="${2?}"; shift 2 ;;
    --allow-missing) ALLOW_MISSING=1; shift ;;
    --rerun-forks)   RERUN="${2:?--rerun-forks needs a number}"; shift 2 ;;
    --out)           OUT="${2:?--out needs a directory}"; shift 2 ;;
    --delta|--thresholds|--alpha|--sample-statistic|--bootstrap-forks) GATE_ARGS+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    -h|--help)       usage 0 ;;
    *) sb_log "error: unknown argument '$1'"; usage 2 ;;
  esac
done

[[ "$FORKS" =~ ^[1-9][0-9]*$ ]] || sb_die 2 "--forks must be a positive integer, got '$FORKS'"
[[ "$RERUN" =~ ^[0-9]+$ ]] || sb_die 2 "--rerun-forks must be a non-negative integer, got '$RERUN'"
[ -z "$SEED" ] || [[ "$SEED" =~ ^[0-9]+$ ]] || sb_die 2 "--seed must be a non-negative integer, got '$SEED'"
if [ -n "$BASE_JAR$CAND_JAR" ] && [ -n "$BASE_RES$CAND_RES" ]; then
  sb_die 2 "use either --baseline-jar/--candidate-jar (A/B mode) or --baseline/--candidate (results mode), not both"
fi
if [ -n "$BASE_JAR$CAND_JAR" ]; then
  [ -n "$BASE_JAR" ] && [ -n "$CAND_JAR" ] || sb_die 2 "A/B mode needs both --baseline-jar and --candidate-jar"
elif [ -n "$BASE_RES$CAND_RES" ]; then
  [ -n "$BASE_RES" ] && [ -n "$CAND_RES" ] || sb_die 2 "results mode needs both --baseline and --candidate"
else
  sb_log "error: nothing to compare"; usage 2
fi
[ -z "$CPUS" ] || command -v taskset >/dev/null || sb_die 2 "--cpus needs taskset (util-linux), which is not installed"

sb_find_jdk
REPORTS_JAR="$SB_ROOT/reports/target/reports.jar"
sb_build_if_needed    # reports.jar (and this checkout's benchmarks.jar, which a fresh clone's example uses)
if [ -n "$BASE_JAR" ]; then
  for j in "$BASE_JAR" "$CAND_JAR"; do [ -f "$j" ] || sb_die 2 "jar not found: $j"; done
  BASE_JAR=$(cd "$(dirname "$BASE_JAR")" && pwd)/$(basename "$BASE_JAR")
  CAND_JAR=$(cd "$(dirname "$CAND_JAR")" && pwd)/$(basename "$CAND_JAR")
fi
OUT="${OUT:-$SB_ROOT/results/gate-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
LOG="$OUT/gate.log"
log() { printf '%s\n' "$*" | tee -a "$LOG" >&2; }

# --- A/B mode: run both jars, interleaved ------------------------------------------------------
run_ab() {
  [ ${#PROFILES[@]} -gt 0 ] || PROFILES=("$SB_ROOT"/jmh/profiles/gate/*.args)
  SEED="${SEED:-$(date +%s)}"
  RANDOM=$SEED
  local profile regexes opts line tok missing=() p side
  log "gate A/B: baseline=$BASE_JAR candidate=$CAND_JAR forks/side=$FORKS seed=$SEED cpus=${CPUS:-os}"
  log "  baseline fork args: ${BASE_ARGS:-(none)}; candidate fork args: ${CAND_ARGS:-(none)}"

  # Parse and check every profile before measuring anything.
  for profile in "${PROFILES[@]}"; do
    [ -f "$profile" ] || sb_die 2 "profile not found: $profile"
    line=$(grep -v '^[[:space:]]*#' "$profile" | head -n 1)
    [ -n "${line// }" ] || sb_die 2 "$profile: empty (expected one line: benchmark regex, then JMH options)"
    read -ra toks <<< "$line"
    regexes=() opts=()
    for tok in "${toks[@]}"; do
      if [ ${#opts[@]} -eq 0 ] && [[ "$tok" != -* ]]; then regexes+=("$tok"); else opts+=("$tok"); fi
    done
    [ ${#regexes[@]} -gt 0 ] || sb_die 2 "$profile: the line must start with a benchmark regex"
    for tok in "${opts[@]}"; do
      case "$tok" in -f|-rf|-rff|-o|-jvmArgsPrepend|-jvmArgsAppend|-jvmArgs)
        sb_die 2 "$profile: option $tok is set by gate.sh (forks are interleaved one by one; use --forks, --*-jvm-args)";;
      esac
    done
    for side in baseline candidate; do
      local jar; jar=$([ $side = baseline ] && echo "$BASE_JAR" || echo "$CAND_JAR")
      local listed; listed=$("$SB_JAVA" $SB_JVM_FLAGS -jar "$jar" -l "${regexes[@]}" 2>/dev/null | awk 'f && NF; /^Benchmarks:/ {f = 1}') || true
      if [ -z "${listed//[[:space:]]/}" ]; then
        missing+=("$(basename "$profile") ($side: '${regexes[*]}' matches no benchmark in $jar)")
        continue 2
      fi
    done
    NAMES+=("$(basename "$profile" .args)")
    LINES+=("$line")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    for p in "${missing[@]}"; do log "  MISSING: $p"; done
    [ $ALLOW_MISSING -eq 1 ] || sb_die 2 "${#missing[@]} profile(s) match no benchmark (listed above); fix them or pass --allow-missing"
    log "  (--allow-missing: the profiles above are skipped, and listed in gate.md)"
    printf '%s\n' "${missing[@]}" > "$OUT/missing-profiles.txt"
  fi
  [ ${#NAMES[@]} -gt 0 ] || sb_die 2 "no profile matches any benchmark: nothing to measure"
  mkdir -p "$OUT/runs/baseline" "$OUT/runs/candidate" "$OUT/logs"
  [ -z "$CPUS" ] || PIN=(taskset -c "$CPUS")
  run_rounds 1 "$FORKS" "${!NAMES[@]}"
  merge_ab
  [ ! -f "$OUT/missing-profiles.txt" ] || GATE_ARGS+=(--missing-note "$OUT/missing-profiles.txt")
}

# run_rounds FIRST LAST PROFILE_INDEX...: rounds FIRST..LAST, each side once per profile per round,
# the side order drawn per round from the seeded RANDOM.
run_rounds() {
  local first=$1 last=$2; shift 2
  local started=$SECONDS i r side order jar extra json rc toks
  for ((r = first; r <= last; r++)); do
    if (( RANDOM % 2 )); then order="baseline candidate"; else order="candidate baseline"; fi
    log "round $r/$last: $order  ($((SECONDS - started)) s so far)"
    for i in "$@"; do
      read -ra toks <<< "${LINES[$i]}"
      for side in $order; do
        if [ $side = baseline ]; then jar=$BASE_JAR extra=$BASE_ARGS; else jar=$CAND_JAR extra=$CAND_ARGS; fi
        json="$OUT/runs/$side/${NAMES[$i]}-r$(printf %03d "$r").json"
        local cmd=("${PIN[@]}" "$SB_JAVA" $SB_JVM_FLAGS -jar "$jar" "${toks[@]}" -f 1 -foe true
                   -jvmArgsPrepend "$SB_JVM_FLAGS" -rf json -rff "$json")
        [ -z "$extra" ] || cmd+=(-jvmArgsAppend "$extra")
        rc=0
        "${cmd[@]}" > "$OUT/logs/$side-${NAMES[$i]}-r$r.log" 2>&1 || rc=$?
        if [ $rc -ne 0 ] || [ ! -s "$json" ]; then
          tail -n 25 "$OUT/logs/$side-${NAMES[$i]}-r$r.log" >&2
          if [ $side = candidate ]; then
            sb_die 1 "the CANDIDATE failed to run ${NAMES[$i]} (exit $rc; log: $OUT/logs/$side-${NAMES[$i]}-r$r.log)"
          fi
          sb_die 2 "the BASELINE failed to run ${NAMES[$i]} (exit $rc; log: $OUT/logs/$side-${NAMES[$i]}-r$r.log)"
        fi
      done
    done
  done
  log "measured in $((SECONDS - started)) s"
}

merge_ab() {
  "$SB_JAVA" -jar "$REPORTS_JAR" merge --out "$OUT/baseline.json" "$OUT/runs/baseline" >&2 || sb_die 2 "merging baseline runs failed"
  "$SB_JAVA" -jar "$REPORTS_JAR" merge --out "$OUT/candidate.json" "$OUT/runs/candidate" >&2 || sb_die 2 "merging candidate runs failed"
  BASE_RES="$OUT/baseline.json" CAND_RES="$OUT/candidate.json"
}

run_gate() {
  rc=0
  "$SB_JAVA" -Djava.awt.headless=true -jar "$REPORTS_JAR" gate --baseline "$BASE_RES" --candidate "$CAND_RES" \
    --out "$OUT" ${SEED:+--seed-note "$SEED"} "${GATE_ARGS[@]}" || rc=$?
}

# Indices (into NAMES) of the profiles whose benchmark class has a FAIL in gate-junit.xml.
failing_profiles() {
  local classes c i
  classes=$(awk '/<testcase / {match($0, /classname="[^"]*"/); c = substr($0, RSTART + 11, RLENGTH - 12)}
                 /<failure / {print c}' "$OUT/gate-junit.xml" | sed 's/.*\.//' | sort -u)
  for i in "${!NAMES[@]}"; do
    for c in $classes; do [ "${NAMES[$i]}" = "$c" ] && echo "$i"; done
  done
}

if [ -n "$BASE_JAR" ]; then
  # The benchmarks remove their own files; the sweep removes only what a killed fork left (owner gone).
  trap sb_cleanup_temp EXIT
  run_ab
fi

# Default per-benchmark thresholds of this suite, unless the caller chose a file.
if [[ " ${GATE_ARGS[*]-} " != *" --thresholds "* ]] && [ -f "$SB_ROOT/jmh/profiles/gate/thresholds.txt" ] && [ -n "$BASE_JAR" ]; then
  GATE_ARGS+=(--thresholds "$SB_ROOT/jmh/profiles/gate/thresholds.txt")
fi
run_gate
if [ $rc -eq 1 ] && [ -n "$BASE_JAR" ] && [ "$RERUN" -gt 0 ]; then
  mapfile -t again < <(failing_profiles)
  if [ ${#again[@]} -gt 0 ]; then
    log "rerun: ${#again[@]} profile(s) with a FAIL get $RERUN more round(s) before the final verdict: $(for i in "${again[@]}"; do printf '%s ' "${NAMES[$i]}"; done)"
    cp "$OUT/gate.md" "$OUT/gate-before-rerun.md"
    run_rounds $((FORKS + 1)) $((FORKS + RERUN)) "${again[@]}"
    merge_ab
    run_gate
  fi
fi
# GitHub Actions shows gate.md on the run's summary page.
[ -z "${GITHUB_STEP_SUMMARY:-}" ] || [ ! -f "$OUT/gate.md" ] || cat "$OUT/gate.md" >> "$GITHUB_STEP_SUMMARY"
case $rc in
  0) log "gate: PASS ($OUT/gate.md)" ;;
  1) log "gate: REGRESSION ($OUT/gate.md)" ;;
  *) log "gate: bad input or usage (exit $rc)" ;;
esac
exit $rc
