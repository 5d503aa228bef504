#!/usr/bin/env bash
# Recomputes every row of the calibration tables in docs/gate-calibration.md from the recorded
# forks in docs/gate-calibration-data (seeded resampling: same numbers on every run, ~2 min).
# Recording new data is a separate, measuring step: see docs/gate-calibration.md.
#   ./scripts/gate-calibrate.sh [DATA_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
D="${1:-$SB_ROOT/docs/gate-calibration-data}"
[ -d "$D" ] || sb_die 2 "no calibration data directory: $D"
sb_find_jdk
sb_build_if_needed
cal() { "$SB_JAVA" -jar "$SB_ROOT/reports/target/reports.jar" gate-calibrate --trials 1000 "$@" | sed '1,2d'; }
aa()  { cal --aa "$D/$1-baseline.json" "$D/$1-candidate.json" "${@:2}"; }
pw()  { cal --baseline "$D/$1-baseline.json" --candidate "$D/$1-candidate.json" "${@:2}"; }

echo "| run | benchmark | forks/side | trials | FAIL | 95% Wilson | INCONCLUSIVE | PASS |"
echo "|---|---|---:|---:|---:|---|---:|---:|"
# Default settings: delta 5%, SampleTime compared by iteration medians.
aa sample-aa     --forks 10 --seed 1 --label "A/A"
aa sample-aa     --forks 5  --seed 4 --label "A/A"
pw sample-slow10 --forks 10 --seed 2 --label "10% slowdown"
pw sample-slow10 --forks 5  --seed 2 --label "10% slowdown"
pw sample-slow05 --forks 10 --seed 3 --label "5% slowdown"
pw sample-slow05 --forks 5  --seed 3 --label "5% slowdown"
# delta 2%
aa sample-aa     --forks 10 --seed 1 --delta 0.02 --label "A/A, delta 2%"
pw sample-slow05 --forks 10 --seed 3 --delta 0.02 --label "5% slowdown, delta 2%"
pw sample-slow10 --forks 10 --seed 2 --delta 0.02 --label "10% slowdown, delta 2%"
# Wall-clock statistics on the same loaded machine
aa aa            --forks 10 --seed 1 --label "A/A, AverageTime"
pw slow10        --forks 10 --seed 2 --label "10% slowdown, AverageTime"
pw slow05        --forks 10 --seed 3 --label "5% slowdown, AverageTime"
aa sample-aa     --forks 10 --seed 1 --sample-statistic mean --label "A/A, SampleTime iteration mean"
pw sample-slow10 --forks 10 --seed 2 --sample-statistic mean --label "10% slowdown, SampleTime iteration mean"
# Welch instead of the bootstrap at 10 forks
aa aa            --forks 10 --seed 1 --bootstrap-forks 1000 --label "A/A, AverageTime, Welch"
aa sample-aa     --forks 10 --seed 1 --bootstrap-forks 1000 --sample-statistic mean --label "A/A, SampleTime mean, Welch"
