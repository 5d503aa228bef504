#!/usr/bin/env bash
# check-exit-codes.sh: the exit-code contract of every entry point, checked on bad input (usage() below is its --help).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage() {
  cat <<'USAGE'
Usage: ./scripts/check-exit-codes.sh

Checks the exit-code contract of every entry point (scripts and the jars' commands) on bad input:
  0 ok; 1 a regression or a failed benchmark/proof; 2 bad input or usage; 3 missing toolchain;
  4 build failed (scripts/lib.sh says the same).
Every case must fail fast (nothing is measured): a missing option value, a folder that cannot be
written or already holds results, a pattern that matches nothing. Each must exit with its code and
say why in exactly one line that starts with "error: ", without a usage dump or a stack trace (those
need --help/--verbose). Every script's --help must go to stdout and list the exit codes the script
can return. Needs the built jars (test.sh runs it after mvn verify).

Exit codes: 0 every case holds; 1 a case failed; 2 bad usage; 3 no JDK 25; 4 the jars are missing
(build first).
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) sb_die 2 "unknown argument '$1' (see --help)" ;;
esac
sb_find_jdk
sb_load_jvm_flags
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sharebench-exitcodes-p$$-XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
S=$SB_ROOT/scripts
CORE=("$SB_JAVA" -jar "$SB_ROOT/core/target/core.jar")
BENCH=("$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar")
REPORTS=("$SB_JAVA" -Djava.awt.headless=true -jar "$SB_ROOT/reports/target/reports.jar")
CAL=$SB_ROOT/docs/gate-calibration-data
mkdir -p "$tmp/gate-out/gate.md"   # gate.md cannot be written there: a folder holds its place
touch "$tmp/gate-out/gate.md/mine"

passed=0 failed=0
expect() {  # expect CODE COMMAND...: the command exits CODE with exactly one "error: " line on stderr
  local want=$1 rc=0 errors; shift
  timeout 120 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
  errors=$(grep -c '^error: ' "$tmp/err" || true)
  if [ "$rc" -eq "$want" ] && [ "$errors" -eq 1 ] && ! grep -qE '^Usage:|^[[:space:]]+at |Exception in thread|^Caused by:' "$tmp/err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    sb_log "  FAILED (exit $rc, want $want; $errors 'error:' lines, want 1): ${*#"$SB_ROOT/"}"
    sed 's/^/      | /' "$tmp/err" | head -6 >&2
  fi
}

# --- scripts -----------------------------------------------------------------------------------
expect 2 "$S/run-all.sh" --profile
expect 2 "$S/run-all.sh" --out
expect 2 "$S/run-all.sh" --out --profile smoke
expect 2 "$S/run-all.sh" --profile=
expect 2 "$S/run-all.sh" --profile nosuch
expect 2 "$S/run-all.sh" --skip nosuch
expect 2 "$S/run-all.sh" --no-such-option
expect 2 "$S/run-all.sh" --out /proc/forbidden
expect 2 "$S/run-all.sh" --profile smoke --bench NoSuchBench --out "$tmp/run"
# ... and it stopped before any stage: no benchmark, proof or report folder was made
if [ -e "$tmp/run/proofs" ] || [ -e "$tmp/run/logs" ]; then
  failed=$((failed + 1)); sb_log "  FAILED: run-all.sh --bench NoSuchBench started a stage"; else passed=$((passed + 1)); fi
# a folder that holds an earlier run's results is refused before anything runs, and nothing in it changes
# (the merge pools every fork file it finds, reference pairs are appended to, old proof records would count)
mkdir -p "$tmp/earlier/jmh/forks/CounterBench" "$tmp/earlier-proofs"
echo '{"runId": "earlier", "status": "ok"}' > "$tmp/earlier/manifest.json"
echo '[]' > "$tmp/earlier/jmh/forks/CounterBench/c000-old-f01.json"
echo '{}' > "$tmp/earlier-proofs/P01-broken.json"
before_earlier=$(cd "$tmp" && find earlier earlier-proofs -type f -exec md5sum {} + | sort)
expect 2 "$S/run-all.sh" --profile smoke --out "$tmp/earlier"
expect 2 "$S/proofs.sh" --mode sanity --out "$tmp/earlier-proofs"
expect 2 "${BENCH[@]}" suite run --profile smoke --out "$tmp/earlier" --bench '^CounterBench$'
if [ "$(cd "$tmp" && find earlier earlier-proofs -type f -exec md5sum {} + | sort)" = "$before_earlier" ] \
   && [ ! -e "$tmp/earlier/logs" ] && [ ! -e "$tmp/earlier-proofs/jcstress" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); sb_log "  FAILED: a refused --out folder was changed"; fi
expect 2 "$S/proofs.sh" --out
expect 2 "$S/proofs.sh" --mode
expect 2 "$S/proofs.sh"
expect 2 "$S/proofs.sh" --out /proc/forbidden
expect 2 "$S/gate.sh" --profile
expect 2 "$S/gate.sh" --out
expect 2 "$S/gate.sh" --no-such-option
expect 2 "$S/gate.sh"
expect 2 "$S/gate.sh" --baseline "$CAL/sample-aa-baseline.json" --candidate "$CAL/sample-aa-candidate.json" --out /proc/forbidden
expect 2 "$S/gate.sh" --baseline "$CAL/sample-aa-baseline.json" --candidate "$CAL/sample-aa-candidate.json" --out "$tmp/gate-out"
expect 2 "$S/gate.sh" --baseline "$tmp/no-such.json" --candidate "$CAL/sample-aa-candidate.json" --out "$tmp/gate-missing"
expect 2 "$S/gate-calibrate.sh" "$tmp/no-such-folder"
expect 2 "$S/test.sh" --no-such-option
expect 2 "$S/ci-local.sh" --work
# --help of every script goes to stdout (and only there), whole: its "Exit codes:" paragraph ends a
# sentence and lists 3 where the script looks for a JDK and 4 where it builds or needs the built jars
help_codes() {  # help_codes SCRIPT: the exit codes its --help must list
  grep -qE '^[^#]*\bsb_find_jdk\b' "$S/$1" && printf '3 '
  grep -qE '^[^#]*\b(sb_build_if_needed|sb_build_in|sb_load_jvm_flags)\b' "$S/$1" && printf '4 '
  true
}
for s in run-all.sh test.sh gate.sh proofs.sh ci-local.sh build.sh lint-workflows.sh gate-calibrate.sh check-exit-codes.sh; do
  if "$S/$s" --help >"$tmp/out" 2>"$tmp/err" && [ -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); sb_log "  FAILED: $s --help: not on stdout alone"; fi
  codes=$(sed -n '/^Exit codes:/,/^$/p' "$tmp/out" | tr '\n' ' ' | sed 's/ *$//')
  missing=""
  for c in $(help_codes "$s"); do grep -qE "[:;,] $c " <<<"$codes" || missing="$missing $c"; done
  if [ -n "$codes" ] && [ "${codes: -1}" = . ] && [ -z "$missing" ] && ! grep -qE '^set -|^#!|^source |^\. ' "$tmp/out"; then
    passed=$((passed + 1)); else
    failed=$((failed + 1)); sb_log "  FAILED: $s --help: no whole 'Exit codes:' paragraph${missing:+ (missing:$missing)}, or a line of the script leaked"; fi
done
# a folder ci-local.sh did not make is refused, and nothing in it is deleted
mkdir -p "$tmp/mine/important" && echo keep > "$tmp/mine/important/data.txt"
expect 2 "$S/ci-local.sh" --work "$tmp/mine"
if [ -f "$tmp/mine/important/data.txt" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); sb_log "  FAILED: ci-local.sh --work deleted a folder it did not create"; fi
expect 2 "$S/check-exit-codes.sh" --no-such-option
# the workflow's steps locally, on a pull request that does not build: exit 4 and a summary that says so
mkdir -p "$tmp/broken-pr" && echo '<project>not a pom' > "$tmp/broken-pr/pom.xml" && ln -s "$S" "$tmp/broken-pr/scripts"
rc=0; "$S/ci-local.sh" --work "$tmp/ci-broken" --pr "$tmp/broken-pr" --set GATE_PROOFS_MODE= >"$tmp/out" 2>&1 || rc=$?
if [ $rc -eq 4 ] && grep -q '^## Performance gate: NOT MEASURED (exit 4)' "$tmp/ci-broken/step-summary.md"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); sb_log "  FAILED: ci-local.sh on a pull request that does not build: exit $rc (want 4 and NOT MEASURED in the summary)"
  tail -5 "$tmp/out" | sed 's/^/      | /' >&2; fi

# --- exit codes other than bad input ----------------------------------------------------------
# expect_rc CODE FILE PATTERN COMMAND...: the command exits CODE and FILE (written by it) matches PATTERN
expect_rc() {
  local want=$1 file=$2 pattern=$3 rc=0; shift 3
  timeout 300 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
  if [ "$rc" -eq "$want" ] && grep -qE "$pattern" "$file"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); sb_log "  FAILED (exit $rc, want $want and /$pattern/ in ${file#"$tmp/"}): ${*#"$SB_ROOT/"}"
    tail -4 "$tmp/err" | sed 's/^/      | /' >&2; fi
}
# 1: a regression, on the recorded 10% slowdown (reports gate and gate.sh results mode, ~2 s each)
expect_rc 1 "$tmp/gate-fail/gate.md" '^## Performance gate: REGRESSION' \
  "${REPORTS[@]}" gate --baseline "$CAL/sample-slow10-baseline.json" --candidate "$CAL/sample-slow10-candidate.json" --out "$tmp/gate-fail"
expect_rc 1 "$tmp/gate-fail-sh/gate.md" '^## Performance gate: REGRESSION' \
  "$S/gate.sh" --baseline "$CAL/sample-slow10-baseline.json" --candidate "$CAL/sample-slow10-candidate.json" --out "$tmp/gate-fail-sh"
# ... and 0 on the same build against itself
expect_rc 0 "$tmp/gate-pass/gate.md" '^## Performance gate: PASS' \
  "${REPORTS[@]}" gate --baseline "$CAL/sample-aa-baseline.json" --candidate "$CAL/sample-aa-candidate.json" --out "$tmp/gate-pass"
# 3: no JDK 25 where the scripts look (SB_JDK_DIRS replaces the usual folders). Arguments that, with a
# JDK, end in seconds (up to date, a 2 s gate, an unknown benchmark), so a broken search fails fast.
mkdir -p "$tmp/no-jdks/not-a-jdk" "$tmp/broken-build" && echo '<project>not a pom' > "$tmp/broken-build/pom.xml"
nojdk=(env JAVA_HOME= SB_JDK_DIRS="$tmp/no-jdks")
expect 3 "${nojdk[@]}" "$S/build.sh"
expect 3 "${nojdk[@]}" "$S/gate.sh" --baseline "$CAL/sample-aa-baseline.json" --candidate "$CAL/sample-aa-candidate.json" --out "$tmp/gate-nojdk"
expect 3 "${nojdk[@]}" "$S/run-all.sh" --profile smoke --bench NoSuchBench --out "$tmp/run-nojdk"
# 4: a checkout that does not build (build.sh; ci-local.sh's case is below)
expect 4 "$S/build.sh" "$tmp/broken-build"

# --- test.sh's leak check (sb_temp_leaks) ------------------------------------------------------
# It counts what this process tree or a dead process left, never another live process's entries.
other=1; ( exit 0 ) & dead=$!; wait "$dead" || true   # pid 1: alive, not of this run
before=$(ls -d /dev/shm/sharebench-* "${TMPDIR:-/tmp}"/sharebench-* 2>/dev/null || true)
mine="${TMPDIR:-/tmp}/sharebench-leakcheck-p$$-1" gone="${TMPDIR:-/tmp}/sharebench-leakcheck-p$dead-1"
touch "$mine" "$gone" "${TMPDIR:-/tmp}/sharebench-leakcheck-p$other-1"
leaks=$(sb_temp_leaks $$ "$before" | grep leakcheck | sort | tr '\n' ' ')
if [ "$leaks" = "$(printf '%s\n' "$mine" "$gone" | sort | tr '\n' ' ')" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); sb_log "  FAILED: sb_temp_leaks found '$leaks', want this run's and the dead owner's entry only"; fi
rm -f -- "$mine" "$gone" "${TMPDIR:-/tmp}/sharebench-leakcheck-p$other-1"

# --- core.jar ----------------------------------------------------------------------------------
expect 2 "${CORE[@]}"
expect 2 "${CORE[@]}" no-such-command
expect 2 "${CORE[@]}" workloads --profile
expect 2 "${CORE[@]}" workloads --profile nosuch
expect 2 "${CORE[@]}" mechanisms --json
expect 2 "${CORE[@]}" mechanisms --json /proc/forbidden/m.json
expect 2 "${CORE[@]}" coverage
expect 2 "${CORE[@]}" coverage "$tmp/no-such-run"
expect 2 "${CORE[@]}" manifest --out
expect 2 "${CORE[@]}" proofs --out
expect 2 "${CORE[@]}" proofs --out "$tmp/proofs" --only NoSuchProof
expect 2 "${CORE[@]}" proof-plan --only NoSuchProof
expect 2 "${CORE[@]}" proof-coverage
expect 2 "${CORE[@]}" proof-coverage "$tmp/no-such-proofs"
mkdir -p "$tmp/no-records"
expect 2 "${CORE[@]}" proof-coverage "$tmp/no-records"
# exit 1 (an alias no record ran, one line naming it) and 0 (every alias ran): ProofCoverageCommandTest

# --- benchmarks.jar ----------------------------------------------------------------------------
expect 2 "${BENCH[@]}" suite
expect 2 "${BENCH[@]}" suite run --profile
expect 2 "${BENCH[@]}" suite run --profile smoke --out
expect 2 "${BENCH[@]}" suite run --profile smoke --out "$tmp/suite" --bench NoSuchBench
expect 2 "${BENCH[@]}" suite plan --profile nosuch
expect 2 "${BENCH[@]}" suite plan --profile smoke --bench NoSuchBench
expect 2 "${BENCH[@]}" NoSuchBench
expect 2 "${BENCH[@]}" CounterBench -f

# --- reports.jar -------------------------------------------------------------------------------
expect 2 "${REPORTS[@]}"
expect 2 "${REPORTS[@]}" no-such-command
expect 2 "${REPORTS[@]}" report
expect 2 "${REPORTS[@]}" report "$tmp/no-such-run"
expect 2 "${REPORTS[@]}" report --baseline
expect 2 "${REPORTS[@]}" gate --baseline "$CAL/sample-aa-baseline.json" --candidate
expect 2 "${REPORTS[@]}" gate --baseline "$CAL/sample-aa-baseline.json" --candidate "$CAL/sample-aa-candidate.json" --out /proc/forbidden
expect 2 "${REPORTS[@]}" gate-ab --out
expect 2 "${REPORTS[@]}" merge --forks-of
expect 2 "${REPORTS[@]}" merge --forks-of "$tmp/no-such-run"
expect 2 "${REPORTS[@]}" compare
expect 2 "${REPORTS[@]}" gate-calibrate --trials
expect 2 "${REPORTS[@]}" compare "$tmp" "$tmp" --out "$tmp/no-such-dir/c.md"
expect 2 "${REPORTS[@]}" compare "$tmp" "$tmp" --out "$tmp"
expect 2 "${REPORTS[@]}" compare "$tmp" "$tmp" --min-rho 5
expect 2 "${REPORTS[@]}" interval-coverage "$CAL/sample-aa-baseline.json" --tsv "$tmp"
expect 2 "${REPORTS[@]}" interval-coverage "$CAL/sample-aa-baseline.json" --min-population 2
# every command's help is formatted (a bare % in a description makes picocli warn and print it raw)
for c in "" history "history show" "history add" "history detection-quality" compare interval-coverage gate gate-ab \
         gate-calibrate report merge proofs-junit ci-steps; do
  # shellcheck disable=SC2086 # $c is a command and its subcommand
  if "${REPORTS[@]}" $c --help 2>&1 | grep -q 'picocli WARN'; then failed=$((failed + 1)); sb_log "  FAILED: reports $c --help: picocli WARN"
  else passed=$((passed + 1)); fi
done
# showing a history that does not exist says so, and creates neither the database nor its folder
expect 2 "${REPORTS[@]}" history show --db "jdbc:sqlite:$tmp/no-history/h.db" --out "$tmp/history-page"
if [ -e "$tmp/no-history" ]; then failed=$((failed + 1)); sb_log "  FAILED: history show created $tmp/no-history"; else passed=$((passed + 1)); fi

echo "exit-code contract: $passed passed, $failed failed"
[ $failed -eq 0 ]
