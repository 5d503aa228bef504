#!/usr/bin/env bash
# gate.sh: the CI performance regression gate (A/B mode or results mode; usage() below is its
# --help). Statistics, verdicts, the A/B runs and reruns live in Java (reports gate, reports gate-ab);
# this script only finds the JDK, builds, and picks the default parameter sets and thresholds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {  # --help only: to stdout, like every other script
  cat <<'USAGE'
Usage: ./scripts/gate.sh (--baseline-jar A.jar --candidate-jar B.jar | --baseline PATH --candidate PATH) [options]

The CI performance regression gate. Two ways to use it:

 A/B mode: run a baseline and a candidate benchmarks.jar on this machine, in this job, forks
 interleaved in a seeded random order per round (A B, B A, ...), then gate the merged results:
   ./scripts/gate.sh --baseline-jar A.jar --candidate-jar B.jar [--forks 10] [--seed N]
                     [--profile FILE]... [--cpus 0,1] [--candidate-jvm-args "..."] [--out DIR]
 A/B mode measures this checkout's canary (benchmarks.jar suite run --profile canary) at the start,
 middle and end; comparisons whose forks straddle a canary drift are INCONCLUSIVE.

 Results mode: gate two existing JMH JSON results (files or directories of them, any JMH project):
   ./scripts/gate.sh --baseline base.json --candidate cand.json [--out DIR]

Options:
  --baseline-jar JAR / --candidate-jar JAR   A/B mode: the two builds' benchmarks.jar (may be the same file)
  --baseline PATH / --candidate PATH         results mode: JMH JSON files or directories
  --profile FILE     a parameter set: one line of JMH arguments (regex first; no -f/-rf/-rff); repeatable;
                     default: the workload catalogue's gate sets (benchmarks.jar suite plan --profile gate)
  --forks N          forks per side in A/B mode (default 10; at least 5, and enough that a lone
                     regression can FAIL after Benjamini-Hochberg: checked before measuring)
  --seed N           seed of the A/B order (default: from the clock; always logged)
  --cpus LIST        pin both sides' JMH JVMs to these CPUs with taskset (same placement for both)
  --baseline-jvm-args / --candidate-jvm-args "ARGS"   extra fork JVM args for one side (e.g. the
                     test-only -Dsharebench.gate.slowdown=1.10 of GateCalibrationBench)
  --rerun-forks N    A/B mode: when benchmarks FAIL, run N more rounds of their sets and gate
                     again on all forks; the second verdict is final (default 0: no rerun)
  --allow-missing    a set whose regex matches no benchmark in a jar is a warning, not an error
  --out DIR          output directory (default results/gate-<UTC time>)
  --proofs DIR       the candidate's proof records (results/<run>/proofs, or proofs.sh --out DIR):
                     correctness regressions listed beside the verdicts; a failed fix exits 1
  --delta D, --thresholds FILE, --alpha A, --sample-statistic median|mean, --canary-margin M
                     judging options passed to reports gate (defaults: delta 0.05, alpha 0.05,
                     median, canary margin 0.10; A/B mode with the default sets uses the
                     catalogue's thresholds unless --thresholds is given)
  -h, --help         this help

Exit codes: 0 pass (or INCONCLUSIVE: gate.md's headline says which); 1 regression, the candidate
failed to run, or (with --proofs) a fix failed; 2 bad input, usage or no verdict (too few forks to
judge, or to FAIL at all: the message names the --forks needed); 3 no JDK 25 or Maven; 4 the build
of this checkout failed.
USAGE
}

# The command as typed: gate.md quotes it with --forks N when a run needs more forks.
INVOCATION=$(printf '%q ' "$0" "$@")
BASE_JAR="" CAND_JAR="" BASE_RES="" CAND_RES="" OUT=""
AB_ARGS=() GATE_ARGS=() PROFILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline-jar)  sb_need "$@"; BASE_JAR=$2; shift 2 ;;
    --candidate-jar) sb_need "$@"; CAND_JAR=$2; shift 2 ;;
    --baseline)      sb_need "$@"; BASE_RES=$2; shift 2 ;;
    --candidate)     sb_need "$@"; CAND_RES=$2; shift 2 ;;
    --profile)       sb_need "$@"; PROFILES+=(--profile "$2"); shift 2 ;;
    --out)           sb_need "$@"; OUT=$2; shift 2 ;;
    --forks|--seed|--cpus|--rerun-forks) sb_need "$@"; AB_ARGS+=("$1" "$2"); shift 2 ;;
    --baseline-jvm-args|--candidate-jvm-args) [ $# -ge 2 ] || sb_die 2 "$1 needs a value"; AB_ARGS+=("$1" "$2"); shift 2 ;;
    --allow-missing) AB_ARGS+=("$1"); shift ;;
    --delta|--thresholds|--alpha|--sample-statistic|--canary-margin|--proofs) sb_need "$@"; GATE_ARGS+=("$1" "$2"); shift 2 ;;
    --bootstrap-forks) sb_die 2 "--bootstrap-forks was removed: the gate uses the suite's one interval rule at every fork count (fork medians, Welch t on the logs); drop the option" ;;
    -h|--help)       usage; exit 0 ;;
    *) sb_die 2 "unknown argument '$1' (see --help)" ;;
  esac
done

if [ -n "$BASE_JAR$CAND_JAR" ] && [ -n "$BASE_RES$CAND_RES" ]; then
  sb_die 2 "use either --baseline-jar/--candidate-jar (A/B mode) or --baseline/--candidate (results mode), not both"
fi
if [ -n "$BASE_JAR$CAND_JAR" ]; then
  [ -n "$BASE_JAR" ] && [ -n "$CAND_JAR" ] || sb_die 2 "A/B mode needs both --baseline-jar and --candidate-jar"
elif [ -n "$BASE_RES$CAND_RES" ]; then
  [ -n "$BASE_RES" ] && [ -n "$CAND_RES" ] || sb_die 2 "results mode needs both --baseline and --candidate"
  [ ${#AB_ARGS[@]} -eq 0 ] && [ ${#PROFILES[@]} -eq 0 ] || sb_die 2 "${AB_ARGS[0]:-${PROFILES[0]}} is an A/B-mode option (it needs --baseline-jar/--candidate-jar)"
else
  sb_die 2 "nothing to compare: give --baseline-jar/--candidate-jar or --baseline/--candidate (see --help)"
fi

OUT="${OUT:-$SB_ROOT/results/gate-$(date -u +%Y%m%dT%H%M%SZ)}"
sb_writable_dir "$OUT" --out   # before the build: a folder the results cannot go to is bad input (2), not a regression
sb_find_jdk
sb_build_if_needed    # reports.jar, and this checkout's benchmarks.jar (its catalogue names the default sets)
OUT=$(cd "$OUT" && pwd)
REPORTS=("$SB_JAVA" -Djava.awt.headless=true -jar "$SB_ROOT/reports/target/reports.jar")

rc=0
if [ -n "$BASE_JAR" ]; then
  # The benchmarks remove their own files; the sweep removes only what a killed fork left (owner gone).
  trap sb_cleanup_temp EXIT
  if [ ${#PROFILES[@]} -eq 0 ]; then
    plan=("$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar" suite plan --profile gate)
    "${plan[@]}" --format sets > "$OUT/gate-sets.tsv" || sb_die 2 "could not list the catalogue's gate sets"
    PROFILES=(--sets "$OUT/gate-sets.tsv")
    if [[ " ${GATE_ARGS[*]-} " != *" --thresholds "* ]]; then
      "${plan[@]}" --format thresholds > "$OUT/gate-thresholds.txt" || sb_die 2 "could not list the catalogue's gate thresholds"
      GATE_ARGS+=(--thresholds "$OUT/gate-thresholds.txt")
    fi
  fi
  "${REPORTS[@]}" gate-ab --baseline-jar "$BASE_JAR" --candidate-jar "$CAND_JAR" "${PROFILES[@]}" \
    --java "$SB_JAVA" --jvm-flags "$SB_JVM_FLAGS" --out "$OUT" --canary-jar "$SB_ROOT/jmh/target/benchmarks.jar" \
    --invocation "${INVOCATION% }" "${AB_ARGS[@]}" "${GATE_ARGS[@]}" || rc=$?
else
  "${REPORTS[@]}" gate --baseline "$BASE_RES" --candidate "$CAND_RES" --out "$OUT" "${GATE_ARGS[@]}" || rc=$?
fi
# GitHub Actions shows gate.md on the run's summary page.
[ -z "${GITHUB_STEP_SUMMARY:-}" ] || [ ! -f "$OUT/gate.md" ] || cat "$OUT/gate.md" >> "$GITHUB_STEP_SUMMARY"
case $rc in
  0) sb_log "gate: $(sed -n '1s/^## Performance gate: //p' "$OUT/gate.md" 2>/dev/null) ($OUT/gate.md)" ;;
  1) sb_log "gate: REGRESSION ($OUT/gate.md)" ;;
  *) sb_log "gate: no verdict, bad input or usage (exit $rc${OUT:+; $OUT/gate.md says why when it exists})" ;;
esac
exit $rc
