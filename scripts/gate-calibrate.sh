#!/usr/bin/env bash
# gate-calibrate.sh: recomputes the gate's calibration tables from recorded forks (usage() below is its --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage() {
  cat <<'USAGE'
Usage: ./scripts/gate-calibrate.sh [DATA_DIR]

Recomputes every row of the calibration tables in docs/gate-calibration.md (and README.md's gate
section) from the recorded forks in DATA_DIR (default: docs/gate-calibration-data) by seeded
resampling: the same numbers on every run, ~2 min. Recording new data is a separate, measuring
step: see docs/gate-calibration.md.

Exit codes: 0 printed; 1 a calibration command failed; 2 bad usage, no such DATA_DIR or a recorded
file it cannot use; 3 no JDK 25 or Maven; 4 the build failed.
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  -*) sb_die 2 "unknown option '$1' (see --help)" ;;
esac
[ $# -le 1 ] || sb_die 2 "at most one DATA_DIR expected (see --help)"
D="${1:-$SB_ROOT/docs/gate-calibration-data}"
[ -d "$D" ] || sb_die 2 "no calibration data directory: $D"
sb_find_jdk
sb_build_if_needed
cal() { "$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" gate-calibrate --trials 1000 "$@"; }
rows() { cal "$@" | sed '1,2d'; }
aa()  { rows --aa "$D/$1-baseline.json" "$D/$1-candidate.json" "${@:2}"; }
pw()  { rows --baseline "$D/$1-baseline.json" --candidate "$D/$1-candidate.json" "${@:2}"; }
header() { printf '\n### %s\n\n| run | benchmark | forks/side | trials | FAIL | 95%% Wilson | INCONCLUSIVE | PASS |\n|---|---|---:|---:|---:|---|---:|---:|\n' "$1"; }

REAL=(--aa "$D/real-aa-baseline.json" "$D/real-aa-candidate.json" --thresholds "$D/real-aa-thresholds.txt" --summary --seed 7)
echo "### The real gate profile (real-aa: 20 forks a side of each gate benchmark, A/A; lone slowdowns by the shift model)"
echo
cal "${REAL[@]}" --forks 5,10
echo
echo "### The same, interval rule alone (rank-test cross-check switched off with --alpha 0.999)"
echo
cal "${REAL[@]}" --forks 10 --alpha 0.999

header "GateCalibrationBench: defaults (delta 5%, SampleTime compared by iteration medians)"
aa sample-aa     --forks 10 --seed 1 --label "A/A"
aa sample-aa     --forks 5  --seed 4 --label "A/A"
pw sample-slow10 --forks 10 --seed 2 --label "10% slowdown"
pw sample-slow10 --forks 5  --seed 2 --label "10% slowdown"
pw sample-slow05 --forks 10 --seed 3 --label "5% slowdown"
pw sample-slow05 --forks 5  --seed 3 --label "5% slowdown"

header "GateCalibrationBench: the shift model (the A/A forks scaled) against the real slowdowns above"
aa sample-aa     --forks 10 --seed 1 --slowdown 1.10 --label "10% shift model"
aa sample-aa     --forks 5  --seed 4 --slowdown 1.10 --label "10% shift model"
aa sample-aa     --forks 10 --seed 1 --slowdown 1.05 --label "5% shift model"

header "GateCalibrationBench: delta 2%"
aa sample-aa     --forks 10 --seed 1 --delta 0.02 --label "A/A, delta 2%"
pw sample-slow05 --forks 10 --seed 3 --delta 0.02 --label "5% slowdown, delta 2%"
pw sample-slow10 --forks 10 --seed 2 --delta 0.02 --label "10% slowdown, delta 2%"

header "GateCalibrationBench: wall-clock statistics on the same loaded machine"
aa aa            --forks 10 --seed 1 --label "A/A, AverageTime"
pw slow10        --forks 10 --seed 2 --label "10% slowdown, AverageTime"
pw slow05        --forks 10 --seed 3 --label "5% slowdown, AverageTime"
aa sample-aa     --forks 10 --seed 1 --sample-statistic mean --label "A/A, SampleTime iteration mean"
pw sample-slow10 --forks 10 --seed 2 --sample-statistic mean --label "10% slowdown, SampleTime iteration mean"
