#!/usr/bin/env bash
# The workflow's build step: scripts/build.sh on the given checkouts; when it fails, the job
# summary says NOT MEASURED (exit N) (the gate step after it does not run) and the step fails.
#   scripts/ci/build-step.sh CHECKOUT...   (env: GATE_NOT_MEASURED)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rc=0
"$here/../build.sh" "$@" || rc=$?
[ $rc -eq 0 ] || exec "$here/not-measured.sh" "$rc" "the build of $* failed"
