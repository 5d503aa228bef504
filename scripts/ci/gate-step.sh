#!/usr/bin/env bash
# The workflow's gate step: gate.sh A/B on this runner (BASE_JAR against CAND_JAR), with the
# proofs of $GATE_OUT/proofs when there are any, then the check's outcome from gate.sh's exit code:
#   0 no regression found (PASS, or INCONCLUSIVE: gate.md's headline says which); 1 REGRESSION (the check fails); 2 or more NOT MEASURED: the gate could not judge
#   (bad input, an infeasible configuration, no JDK, a build failure). NOT MEASURED fails the
#   check unless GATE_NOT_MEASURED=pass, and is never shown as a pass.
#   scripts/ci/gate-step.sh BASE_JAR CAND_JAR   (env: GATE_OUT, GATE_ARGS, GATE_NOT_MEASURED)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 BASE_JAR CAND_JAR" >&2; exit 2; }
out="${GATE_OUT:?GATE_OUT is not set}"
if [ -f "$GATE_OUT/not-measured" ]; then   # an earlier step stopped the gate and said so
  echo "skipped: NOT MEASURED already ($(cat "$GATE_OUT/not-measured"))"; exit 0
fi
proofs=()
if ls "$out"/proofs/P*.json >/dev/null 2>&1; then proofs=(--proofs "$out/proofs"); fi
rc=0
# shellcheck disable=SC2086 # GATE_ARGS is a list of options
"$here/../gate.sh" --baseline-jar "$1" --candidate-jar "$2" --out "$out" "${proofs[@]}" ${GATE_ARGS:-} || rc=$?
case $rc in
  0) headline=$(sed -n '1s/^## Performance gate: //p' "$out/gate.md" 2>/dev/null)
     echo "::notice title=Performance gate: ${headline:-PASS}::see the job summary and the perf-gate artifact"
     exit 0 ;;
  1) echo "::error title=Performance gate: REGRESSION::see the job summary (gate.md) and the perf-gate artifact"
     exit 1 ;;
  *) exec "$here/not-measured.sh" "$rc" "gate.sh exited $rc" ;;
esac
