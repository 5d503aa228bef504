#!/usr/bin/env bash
# Writes the job summary's NOT MEASURED verdict, for any step of the workflow that stops the gate
# from judging (the build, the proofs, the gate itself), so that the summary never stays empty:
#   scripts/ci/not-measured.sh RC WHAT    e.g. not-measured.sh 4 "the build of base or pr failed"
# Env: GITHUB_STEP_SUMMARY (nothing is written without it), GATE_OUT (gets the file not-measured,
# by which the later steps know to stop: with GATE_NOT_MEASURED=pass they still run). Prints the
# step's ::error/::warning annotation and exits with what the step should exit: RC, or 0 when
# GATE_NOT_MEASURED=pass.
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 RC WHAT" >&2; exit 2; }
rc=$1 what=$2
{ echo "## Performance gate: NOT MEASURED (exit $rc)"; echo
  echo "The gate could not judge this pull request ($what): nothing was compared, so this is neither a pass nor a regression."
  echo "Exit codes: 2 bad input, usage or an infeasible configuration; 3 no JDK 25; 4 build failed."
  echo "See the perf-gate artifact (gate.log) and this step's log."; } >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
if [ -n "${GATE_OUT:-}" ]; then mkdir -p "$GATE_OUT" && echo "$rc $what" > "$GATE_OUT/not-measured"; fi
if [ "${GATE_NOT_MEASURED:-fail}" = pass ]; then
  echo "::warning title=Performance gate: NOT MEASURED::$what (exit $rc; allowed to pass: GATE_NOT_MEASURED=pass)"
  exit 0
fi
echo "::error title=Performance gate: NOT MEASURED::$what (exit $rc): the gate could not judge"
exit "$rc"
