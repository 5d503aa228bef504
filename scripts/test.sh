#!/usr/bin/env bash
# test.sh: builds and runs every test. CI (.ci/run) calls exactly this.
#   1. unit and concurrency tests of every module (Maven Surefire)
#   2. the README's main command end to end on the smoke profile: every benchmark for one very
#      short iteration (each verifies its own work), every proof in sanity mode, a JFR pass, a report
#   3. checks on what stage 2 wrote: every alias of every workload measured, proofs recorded,
#      report rendered; and the other README commands' --help
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: ./scripts/test.sh [--unit-only] [-h|--help]

Builds sharebench and runs every test: unit and concurrency tests, then ./scripts/run-all.sh on
the smoke profile (output in target/test-run/, kept for inspection), then checks its output.
  --unit-only   run only the Maven tests (stage 1)
Exit codes: 0 all passed; 1 a test failed; 2 bad usage; 3 no JDK 25 or Maven found.
USAGE
}
unit_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --unit-only) unit_only=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'error: unknown argument %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done

sb_find_jdk
sb_find_maven
# What sharebench-* temp entries exist already (another run's, or a user's): the leak check at the
# end reports only entries this run created and left behind.
temp_before=$(ls -d /dev/shm/sharebench-* "${TMPDIR:-/tmp}"/sharebench-* 2>/dev/null | sort || true)
sb_log "JDK: $JAVA_HOME ($("$SB_JAVA" -version 2>&1 | head -1))"
passed=0 failed=0 failed_names=()
check() {  # check NAME COMMAND...: run one check, count it
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); sb_log "  ok: $name"
  else failed=$((failed + 1)); failed_names+=("$name"); sb_log "  FAILED: $name"; fi
}
summary() {
  echo
  [ $failed -eq 0 ] || sb_log "failed: ${failed_names[*]}"
  echo "test.sh: $passed passed, $failed failed"
  [ $failed -eq 0 ]
}
TOTAL=3; [ $unit_only -eq 1 ] && TOTAL=1

sb_stage 1 $TOTAL "build and unit/concurrency tests (mvn verify)" "~1 min, more on a fresh machine"
mvn_verify() {
  (cd "$SB_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -B verify)
}
check "mvn verify (all modules)" mvn_verify
[ $failed -gt 0 ] || sb_load_jvm_flags
if [ $unit_only -eq 1 ] || [ $failed -gt 0 ]; then summary; exit $?; fi

sb_stage 2 $TOTAL "./scripts/run-all.sh --profile smoke (every benchmark, proof and the report)" "~4.5 min"
out="$SB_ROOT/target/test-run"
rm -rf -- "$out"
check "run-all.sh --profile smoke" "$SB_ROOT/scripts/run-all.sh" --profile smoke --out "$out"

sb_stage 3 $TOTAL "checks on the smoke run's output" "~20 s"
coverage() { "$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" coverage "$out"; }
check "every mechanism of every parameter set of every workload was measured" coverage
proof_records() { [ "$(ls "$out"/proofs/*.json 2>/dev/null | wc -l)" -ge 40 ]; }
check "a record for every proof variant (20 proofs x broken/fixed)" proof_records
report_rendered() { [ -s "$out/index.html" ] && [ -s "$out/summary.md" ] && [ -s "$out/results.csv" ]; }
check "report rendered (index.html, summary.md, results.csv)" report_rendered
helps() {
  "$SB_ROOT/scripts/run-all.sh" --help >/dev/null && "$SB_ROOT/scripts/gate.sh" --help >/dev/null \
    && "$SB_ROOT/scripts/proofs.sh" --help >/dev/null \
    && "$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" --help >/dev/null \
    && "$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" --help >/dev/null \
    && "$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar" suite --help >/dev/null
}
check "--help of every command in the README" helps
readme_gate() {  # the README's gate example, on the recorded calibration forks: A/A passes, 10% slower fails
  local d="$SB_ROOT/docs/gate-calibration-data" rc=0
  "$SB_ROOT/scripts/gate.sh" --baseline "$d/sample-aa-baseline.json" --candidate "$d/sample-aa-candidate.json" \
      --out "$out/gate-aa" >"$out/logs/gate-aa.log" 2>&1 || { sb_log "    A/A: exit $? (want 0)"; return 1; }
  "$SB_ROOT/scripts/gate.sh" --baseline "$d/sample-slow10-baseline.json" --candidate "$d/sample-slow10-candidate.json" \
      --out "$out/gate-slow10" >"$out/logs/gate-slow10.log" 2>&1 || rc=$?
  [ $rc -eq 1 ] || { sb_log "    10% slowdown: exit $rc (want 1)"; return 1; }
  grep -q FAIL "$out/gate-slow10/gate.md"
}
check "README gate example: A/A passes, an injected 10% slowdown fails" readme_gate
no_leaks() {
  local left
  new_temp() { comm -13 <(printf '%s\n' "$temp_before") <(ls -d /dev/shm/sharebench-* "${TMPDIR:-/tmp}"/sharebench-* 2>/dev/null | sort) | grep . || true; }
  left=$(new_temp)
  # A child JVM has 2 s to notice its parent's death and clean up: count only what outlives that.
  [ -z "$left" ] || { sleep 3; left=$(new_temp); }
  [ -z "$left" ] || { sb_log "    leftover temp files: $left"; return 1; }
}
check "this run left no sharebench-* files in /dev/shm or the temp dir" no_leaks
summary
