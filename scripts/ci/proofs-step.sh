#!/usr/bin/env bash
# The workflow's proofs step: the pull request's proofs, in $GATE_PROOFS_MODE (empty: skipped),
# into $GATE_OUT/proofs, for `gate.sh --proofs`. A failed fix does not stop the job here: the gate
# reports it beside the performance verdicts and fails the check.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${GATE_OUT:?GATE_OUT is not set}/proofs"
if [ -f "$GATE_OUT/not-measured" ]; then   # an earlier step stopped the gate and said so
  echo "skipped: NOT MEASURED already ($(cat "$GATE_OUT/not-measured"))"; exit 0
fi
if [ -z "${GATE_PROOFS_MODE:-}" ]; then
  echo "proofs: skipped (GATE_PROOFS_MODE is empty)"
  exit 0
fi
rc=0
"$here/../proofs.sh" --out "$out" --mode "$GATE_PROOFS_MODE" ${GATE_PROOFS_ONLY:+--only "$GATE_PROOFS_ONLY"} || rc=$?
case $rc in
  0|1) echo "proofs: exit $rc, records in $out (the gate judges them)" ;;
  *) echo "::error title=Proofs NOT RUN::proofs.sh exited $rc"
     exec "$here/not-measured.sh" "$rc" "the proofs could not run: proofs.sh exited $rc" ;;
esac
