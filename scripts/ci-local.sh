#!/usr/bin/env bash
# ci-local.sh: runs the CI workflow's job on this machine, step by step, as a GitHub runner would
# (the steps come from the workflow file itself: `reports ci-steps`), so that what CI does can be
# tried and tested without pushing. The work directory holds base/ and pr/, the two checkouts the
# workflow's checkout steps would make; by default both are this checkout (two builds of one
# commit: an A/A gate, which must pass).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: ./scripts/ci-local.sh [--work DIR] [--base DIR] [--pr DIR] [--workflow FILE] [--job ID] [--set NAME=VALUE]...

Runs the run: steps of the workflow's job (default: .github/workflows/perf-gate.yml, job gate) in
DIR (default: target/ci-local), where base/ and pr/ link to the two checkouts
(default: this checkout for both). uses: steps are skipped: the checkouts are given, the scripts
find a JDK 25 themselves, and the files stay in DIR instead of an artifact. GITHUB_STEP_SUMMARY,
GITHUB_OUTPUT, GITHUB_ENV and GITHUB_WORKSPACE point into DIR. DIR is emptied first only when it
is missing, empty, or a work directory of an earlier ci-local.sh (it holds the marker file
.sharebench-ci-local); any other folder is refused (exit 2), so a mistyped --work deletes nothing.
  --set NAME=VALUE   a value for an env variable of the workflow (repeatable), e.g.
                     --set 'GATE_ARGS=--profile pr/scripts/ci/tiny-gate.args --forks 5'
Exit codes: the job's (the first failing step's: 0 pass, 1 regression, 2 or more NOT MEASURED, as
in the workflow); before the job runs, 2 bad usage or a --work folder it did not create, 3 no JDK 25
or Maven, 4 this checkout does not build.
USAGE
}
work="$SB_ROOT/target/ci-local" base="$SB_ROOT" pr="$SB_ROOT"
workflow="$SB_ROOT/.github/workflows/perf-gate.yml" job=gate sets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --work) sb_need "$@"; work=$2; shift 2 ;;
    --base) sb_need "$@"; base=$2; shift 2 ;;
    --pr) sb_need "$@"; pr=$2; shift 2 ;;
    --workflow) sb_need "$@"; workflow=$2; shift 2 ;;
    --job) sb_need "$@"; job=$2; shift 2 ;;
    --set) [ $# -ge 2 ] && [[ "$2" == *=* ]] || sb_die 2 "--set needs NAME=VALUE"; sets+=(--set "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'error: unknown argument %s (see --help)\n' "$1" >&2; exit 2 ;;
  esac
done
[ -f "$workflow" ] || sb_die 2 "--workflow $workflow: no such file"
for d in "$base" "$pr"; do [ -f "$d/pom.xml" ] || sb_die 2 "$d: not a checkout (no pom.xml)"; done
# The work directory is emptied below: refuse anything this script did not make (a marker file says
# so); the default one lies in the build's target/.
marker=.sharebench-ci-local
if [ "$work" != "$SB_ROOT/target/ci-local" ] && { [ -e "$work" ] || [ -L "$work" ]; }; then
  [ -d "$work" ] && [ ! -L "$work" ] || sb_die 2 "--work $work: not a directory"
  if [ -n "$(ls -A -- "$work")" ] && [ ! -f "$work/$marker" ]; then
    sb_die 2 "--work $work: a non-empty folder that ci-local.sh did not create (no $marker in it); give a new or empty folder"
  fi
fi
sb_find_jdk
sb_build_if_needed
# The job's script before anything is deleted: an unknown job or --set is bad input (exit 2).
steps=$("$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" ci-steps "$workflow" --job "$job" "${sets[@]}") || exit 2

rm -rf -- "$work"
mkdir -p "$work" 2>/dev/null || sb_die 2 "--work $work: cannot create this directory"
work="$(cd "$work" && pwd)"
echo "work directory of scripts/ci-local.sh: it deletes and recreates this folder on its next run" > "$work/$marker"
ln -s "$(cd "$base" && pwd)" "$work/base"
ln -s "$(cd "$pr" && pwd)" "$work/pr"
: > "$work/step-summary.md"; : > "$work/github-output"; : > "$work/github-env"
script="$work/job.sh"
printf '%s\n' "$steps" > "$script"
sb_log "ci-local: job $job of $workflow in $work"
rc=0
(cd "$work" && GITHUB_ACTIONS=true GITHUB_WORKSPACE="$work" GITHUB_STEP_SUMMARY="$work/step-summary.md" \
   GITHUB_OUTPUT="$work/github-output" GITHUB_ENV="$work/github-env" bash "$script") || rc=$?
sb_log "ci-local: job summary ($work/step-summary.md):"
sed 's/^/  | /' "$work/step-summary.md" | head -40 >&2
exit $rc
