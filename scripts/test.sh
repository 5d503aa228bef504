#!/usr/bin/env bash
# test.sh: builds and runs every test. CI (.ci/run) calls exactly this.
#   1. unit and concurrency tests of every module (Maven Surefire), and the exit-code contract of
#      every entry point on bad input (check-exit-codes.sh)
#   2. the README's main command end to end on the smoke profile: every benchmark for one very
#      short iteration (each verifies its own work), every proof in sanity mode, a JFR pass, a report
#   3. checks on what stage 2 wrote: every alias of every workload measured, proofs recorded (and as
#      JUnit XML), report rendered, the history; the CI workflow linted and its steps run locally;
#      and the other README commands' --help
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
# end reports only entries made during this run by its own process tree or by a process now gone
# (sb_temp_leaks), so another live run's files on a shared machine do not count.
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
# The exit-code contract of every script and jar command on bad input (~40 s, nothing is measured).
[ $failed -gt 0 ] || check "exit codes and one-line errors of every entry point" "$SB_ROOT/scripts/check-exit-codes.sh"
if [ $unit_only -eq 1 ] || [ $failed -gt 0 ]; then summary; exit $?; fi

sb_stage 2 $TOTAL "./scripts/run-all.sh --profile smoke (every benchmark, proof and the report)" "~5 min"
out="$SB_ROOT/target/test-run"
rm -rf -- "$out"
check "run-all.sh --profile smoke" "$SB_ROOT/scripts/run-all.sh" --profile smoke --out "$out"

sb_stage 3 $TOTAL "checks on the smoke run's output" "~20 s"
coverage() { "$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" coverage "$out"; }
check "every mechanism of every parameter set of every workload was measured" coverage
proof_records() {  # exactly the records the proof plan says a sanity run of every proof writes (core.jar proof-plan), by name
  local want f missing=() have
  want=$("$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar" proof-plan --mode sanity | sed -n 's/^records=//p' | tr ',' ' ')
  [ -n "$want" ] || { sb_log "    core.jar proof-plan listed no records"; return 1; }
  for f in $want; do [ -f "$out/proofs/$f" ] || missing+=("$f"); done
  have=$(ls "$out"/proofs/P*.json 2>/dev/null | wc -l)
  [ ${#missing[@]} -eq 0 ] && [ "$have" -eq "$(wc -w <<<"$want")" ] \
    || { sb_log "    $have proof records, the plan lists $(wc -w <<<"$want"); missing: ${missing[*]:-none}"; return 1; }
}
check "a record for every proof variant the proof plan lists" proof_records
report_rendered() { [ -s "$out/index.html" ] && [ -s "$out/summary.md" ] && [ -s "$out/results.csv" ]; }
check "report rendered (index.html, summary.md, results.csv)" report_rendered
helps() {
  "$SB_ROOT/scripts/run-all.sh" --help >/dev/null && "$SB_ROOT/scripts/gate.sh" --help >/dev/null \
    && "$SB_ROOT/scripts/proofs.sh" --help >/dev/null && "$SB_ROOT/scripts/ci-local.sh" --help >/dev/null \
    && "$SB_ROOT/scripts/build.sh" --help >/dev/null && "$SB_ROOT/scripts/lint-workflows.sh" --help >/dev/null \
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
proofs_junit() {  # the proofs stage also wrote the records as JUnit XML, one test case per variant
  local cases
  cases=$(grep -c '<testcase ' "$out/proofs/proofs-junit.xml" 2>/dev/null || true)
  [ "${cases:-0}" -eq "$(ls "$out"/proofs/P*.json | wc -l)" ] || { sb_log "    proofs-junit.xml has ${cases:-no} test cases"; return 1; }
}
check "proof records as JUnit XML (proofs-junit.xml, a test case per variant)" proofs_junit
workflow_lint() { "$SB_ROOT/scripts/lint-workflows.sh" >"$out/logs/lint-workflows.log" 2>&1 || { cat "$out/logs/lint-workflows.log" >&2; return 1; }; }
check "the CI workflow passes actionlint and action-validator" workflow_lint
ci_local() {  # the workflow's own steps on two builds of this checkout (A/A), with a tiny gate set and one proof
  local w="$out/ci-local" rc=0
  "$SB_ROOT/scripts/ci-local.sh" --work "$w" --set "GATE_ARGS=--profile pr/scripts/ci/tiny-gate.args --forks 5 --seed 1" \
      --set GATE_PROOFS_ONLY=P10 >"$out/logs/ci-local.log" 2>&1 || { sb_log "    A/A job: exit $? (want 0), see $out/logs/ci-local.log"; return 1; }
  grep -Eq '^## Performance gate: (PASS|INCONCLUSIVE)' "$w/step-summary.md" && grep -q '^## Correctness (proofs): PASS' "$w/step-summary.md" \
    && grep -q '<testsuites' "$w/gate-results/gate-junit.xml" || { sb_log "    A/A job: summary or outputs missing"; return 1; }
  "$SB_ROOT/scripts/ci-local.sh" --work "$w-unusable" --set "GATE_ARGS=--profile pr/scripts/ci/tiny-gate.args --forks 0" --set GATE_PROOFS_MODE= \
      >"$out/logs/ci-local-unusable.log" 2>&1 || rc=$?
  [ $rc -eq 2 ] && grep -q '^## Performance gate: NOT MEASURED (exit 2)' "$w-unusable/step-summary.md" \
    || { sb_log "    unusable gate: exit $rc (want 2 and NOT MEASURED), see $out/logs/ci-local-unusable.log"; return 1; }
}
check "the CI workflow's steps run locally: A/A passes, an unusable gate says NOT MEASURED" ci_local
history_smoke() {  # the smoke run into a fresh history, and its page
  local db="jdbc:sqlite:$out/history/history.db"
  "$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" history add "$out" --db "$db" >"$out/logs/history.log" 2>&1 \
    && "$SB_JAVA" -Djava.awt.headless=true -jar "$SB_ROOT/reports/target/reports.jar" history show --db "$db" --out "$out/history" \
         >>"$out/logs/history.log" 2>&1 && [ -s "$out/history/index.html" ] || { cat "$out/logs/history.log" >&2; return 1; }
}
check "history add and show on the smoke run (embedded SQLite)" history_smoke
no_leaks() {
  local left
  new_temp() { sb_temp_leaks $$ "$temp_before"; }
  left=$(new_temp)
  # A child JVM has 2 s to notice its parent's death and clean up: count only what outlives that.
  [ -z "$left" ] || { sleep 3; left=$(new_temp); }
  [ -z "$left" ] || { sb_log "    leftover temp files: $left"; return 1; }
}
check "this run left no sharebench-* files in /dev/shm or the temp dir" no_leaks
summary
