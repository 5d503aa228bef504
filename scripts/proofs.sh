#!/usr/bin/env bash
# proofs.sh: every pitfall proof, broken and fixed, into one folder of records.
#   in-process races under jcstress (then converted into records: jcstress 0.16 writes no JSON)
#   deterministic and cross-process proofs by the proof runner in core.jar
# The proof catalogue (core) says which is which: `core.jar proof-plan` prints the split.
# The commands and their budgets are documented in jcstress/README.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: ./scripts/proofs.sh --out DIR [--mode sanity|quick|full] [--only P01,P14,...]

Runs the pitfall proofs and the per-mechanism checks and writes one JSON record per proof variant
into DIR (P01-broken.json, P01-fixed.json, ...; the checks P30-P37 have a fixed record only);
jcstress's own output goes to DIR/jcstress/. DIR/coverage.md says which registered alias each
record ran and how it fared (core.jar proof-coverage). The same records as JUnit XML,
one test case per variant: DIR/proofs-junit.xml.
  --mode    sanity (~1 min, used by the tests), quick (default, ~2.5 min), full (publication, long;
            the only mode that runs the jcstress checks P36-P37 unless --only names them)
  --only    run only these proof ids
Exit codes: 0 every fix held and nothing errored; 1 a fix failed, a proof errored, jcstress ran
no test, or (without --only) a registered alias was run by no record; 2 bad usage; 3 no JDK 25.
A broken variant that did not reproduce does not fail the run: its record says why.
USAGE
}
mode=quick out="" only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) sb_need "$@"; mode=$2; shift 2 ;;
    --out) sb_need "$@"; out=$2; shift 2 ;;
    --only) sb_need "$@"; only=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'error: unknown argument %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || sb_die 2 "--out DIR is required (see --help)"
# jcstress's JVM modes (jcstress/README.md has their cost and counts). By default jcstress forks every
# test once per compilation mode (interpreter, C1 or C2 for each actor) and JVM configuration (plain,
# C2 with its scheduling randomizers): 13 forks a test. -jvmArgs runs one JVM configuration and
# -sc false one unified compilation mode: one fork a test.
#   sanity (the tests' pipeline check): the interpreter; no JIT, so P04 and P05 cannot show their bug,
#           and no STALE spin (each costs jcstress's fixed 30 s timeout)
#   quick:  C2 only with the randomizers (the configuration that showed the most Broken outcomes)
#   full:   every configuration
c2_stress="-XX:-TieredCompilation -XX:+UnlockDiagnosticVMOptions -XX:+StressLCM -XX:+StressGCM -XX:+StressIGVN -XX:+StressCCP"
case "$mode" in
  sanity) jc_mode=(-m sanity -time 100 -sc false) jc_jvm="-Xint" ;;
  quick)  jc_mode=(-m quick -iters 1 -time 200 -sc false) jc_jvm="$c2_stress" ;;
  full)   jc_mode=(-m default) ;;
  *) sb_die 2 "unknown --mode '$mode' (sanity, quick, full)" ;;
esac
sb_writable_dir "$out" --out
sb_find_jdk
sb_build_if_needed
mkdir -p "$out/jcstress"
out="$(cd "$out" && pwd)"
rc=0

# Which proof runs where comes from the proof catalogue (core.jar proof-plan), by kind, not by number.
# Without --only, the mode decides what runs: the jcstress checks P36-P37 (a jcstress test per alias)
# run in full only (proof-plan --mode; jcstress/README.md has their cost).
plan=$("$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" proof-plan --mode "$mode" ${only:+--only "$only"}) || exit 2
jc_filter=$(printf '%s\n' "$plan" | sed -n 's/^jcstress=//p')
jc_only=$(printf '%s\n' "$plan" | sed -n 's/^jcstressIds=//p')
run_only=$(printf '%s\n' "$plan" | sed -n 's/^runner=//p')

if [ -n "$jc_filter" ]; then
  sb_log "jcstress proofs ${jc_only//,/ } ($mode): output in $out/jcstress"
  jc_rc=0
  if [ "$mode" = full ]; then jc_vm=(-jvmArgsPrepend "$SB_JVM_FLAGS"); else jc_vm=(-jvmArgs "$SB_JVM_FLAGS${jc_jvm:+ $jc_jvm}"); fi
  (cd "$out/jcstress" && "$SB_JAVA" -jar "$SB_ROOT/jcstress/target/jcstress.jar" "${jc_mode[@]}" -t "$jc_filter" -r report \
      "${jc_vm[@]}" > jcstress.log 2>&1) || jc_rc=$?
  [ $jc_rc -eq 0 ] || sb_log "jcstress exited $jc_rc (1 means a FORBIDDEN outcome showed up); converting what it recorded"
  # The converter also fails on "FATAL: No matching tests." (jcstress exits 0 then) and on a missing result.
  "$SB_JAVA" -cp "$SB_ROOT/jcstress/target/jcstress.jar" dev.sharebench.jcstress.report.JcstressToRecords \
      --results "$out/jcstress" --console "$out/jcstress/jcstress.log" --out "$out" --mode "$mode" \
      ${only:+--only "$jc_only"} || rc=1
  [ $jc_rc -eq 0 ] || rc=1
fi

if [ -n "$run_only" ]; then
  sb_log "deterministic and cross-process proofs ${run_only//,/ } ($mode)"
  "$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/core/target/core.jar" proofs --out "$out" --profile "$mode" \
      ${only:+--only "$run_only"} || rc=1
fi
# Which registered alias each record ran, and how it fared (proof/check -> aliases -> outcome); a run
# of every proof must have run every alias of the registry.
if [ "$(ls "$out"/P*.json 2>/dev/null | wc -l)" -gt 0 ]; then
  if "$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" proof-coverage "$out" > "$out/coverage.md"; then
    sb_log "proof coverage: $(tail -1 "$out/coverage.md")"
  else
    sb_log "proof coverage: $(tail -1 "$out/coverage.md") (table: $out/coverage.md)"
    [ -n "$only" ] || rc=1
  fi
fi
sb_log "proof records: $(ls "$out"/P*.json 2>/dev/null | wc -l) in $out"
# The same records as JUnit XML (one test case per variant), for CI systems that show test results.
if ls "$out"/P*.json >/dev/null 2>&1; then
  "$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" proofs-junit "$out" --out "$out/proofs-junit.xml" >&2 || rc=1
fi
exit $rc
