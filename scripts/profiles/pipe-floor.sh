#!/usr/bin/env bash
# pipe-floor.sh: the same-CPU pipe round trip, C and Java sides paired every way (docs/profiles.md).
# Run it alone on the machine (no other benchmark at the same time), e.g.
#   scripts/profiles/pipe-floor.sh time
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/profiles/pipe-floor.sh time|stat [--rounds N] [--batches N] [--cpu N] [--repeat N]

Compiles pipe-echo.c and PipeEcho.java into a sharebench- temp dir, then runs every pair, all pinned
to one CPU (taskset -c CPU, default 0), one after the other, the whole list --repeat times (default
1: the pairs interleave, so each meets the host states the others meet) (ping process / echo process):
  c/c  c/java-stream  c/java-ffm  java/c  java/java-stream  transports.c (pipe, block, same-cpu)
  and, when core/target/core.jar exists, suite-row: the suite's own pipe row (RttBench's classes,
  same-cpu placement, pinned the suite's way, not by taskset) driven by RoundTripProbe.java
  time   one JSON line per pair: the median, lowest and highest mean of BATCHES batches of ROUNDS
         round trips (default 50 x 2000), ns per round trip
  stat   the same pairs under perf stat, counting only the measured batches (both processes):
         task-clock, context switches, migrations, system calls, reads, writes, futex calls, page faults
Exit codes: 0 ok; 1 a pair failed; 2 bad usage; 3 no JDK 25, C compiler or perf.
USAGE
}
[ $# -ge 1 ] || sb_die 2 "a mode is needed: time or stat (see --help)"
mode=$1; shift
case "$mode" in time|stat) ;; -h|--help) usage; exit 0 ;; *) sb_die 2 "mode '$mode': expected time or stat" ;; esac
rounds=2000 batches=50 cpu=0 repeat=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) sb_need "$@"; rounds=$2; shift 2 ;;
    --batches) sb_need "$@"; batches=$2; shift 2 ;;
    --cpu) sb_need "$@"; cpu=$2; shift 2 ;;
    --repeat) sb_need "$@"; repeat=$2; shift 2 ;;
    *) sb_die 2 "unknown argument '$1' (see --help)" ;;
  esac
done
for v in "$rounds" "$batches" "$cpu" "$repeat"; do
  [[ "$v" =~ ^[0-9]+$ ]] || sb_die 2 "'$v': --rounds, --batches, --cpu and --repeat take a whole number"
done
sb_find_jdk
command -v cc >/dev/null || sb_die 3 "cc (a C compiler) is needed"
[ "$mode" = time ] || command -v perf >/dev/null || sb_die 3 "perf (Debian: linux-perf) is needed for stat"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work=$(mktemp -d "${TMPDIR:-/tmp}/sharebench-pipe-floor-p$$-XXXXXX")
trap 'rm -rf -- "$work"' EXIT
cc -O2 -Wall -Wextra "$here/pipe-echo.c" -o "$work/pipe-echo"
cc -O2 -pthread -Wall -Wextra "$here/../reference/transports.c" -o "$work/transports"
core_jar="$SB_ROOT/core/target/core.jar"
if [ -f "$core_jar" ]; then
  javac -nowarn -cp "$core_jar" -d "$work" "$here/PipeEcho.java" "$here/RoundTripProbe.java" 2>/dev/null
else
  javac -nowarn -d "$work" "$here/PipeEcho.java" 2>/dev/null
fi
cecho="$work/pipe-echo"
jvm=("$SB_JAVA" --enable-native-access=ALL-UNNAMED -cp "$work" PipeEcho)
events=task-clock,context-switches,cpu-migrations,raw_syscalls:sys_enter,syscalls:sys_enter_read
events+=,syscalls:sys_enter_write,syscalls:sys_enter_futex,page-faults

# run LABEL PING-COMMAND...: one pair on CPU $cpu, its JSON line prefixed with the label.
run() { run_as "$1" taskset -c "$cpu" "${@:2}"; }

# run_as LABEL COMMAND...: a command as it is (it pins itself).
run_as() {
  local label=$1; shift
  local cmd=("$@")
  if [ "$mode" = stat ]; then
    rm -f "$work/ctl" "$work/ack"; mkfifo "$work/ctl" "$work/ack"
    SHAREBENCH_PERF_CTL="$work/ctl" SHAREBENCH_PERF_ACK="$work/ack" \
      perf stat -x, -e "$events" --control "fifo:$work/ctl,$work/ack" -D -1 -o "$work/stat" -- "${cmd[@]}" \
        >"$work/out" 2> >(grep -v "^Events" >&2)
    awk -F, -v label="$label" -v n=$((rounds * batches)) '
      $3 != "" && $1 ~ /^[0-9.]+$/ {
        if ($2 == "msec") printf "%s %s per round trip: %.0f ns\n", label, $3, $1 * 1e6 / n
        else printf "%s %s per round trip: %.3f\n", label, $3, $1 / n }' "$work/stat"
  else
    "${cmd[@]}" >"$work/out"
  fi
  printf '%s %s\n' "$label" "$(cat "$work/out")"
}

ping_c=("$cecho" ping "$rounds" "$batches")
ping_j=("${jvm[@]}" ping "$rounds" "$batches")
for ((r = 1; r <= repeat; r++)); do
  run c/c "${ping_c[@]}" "$cecho" echo
  run c/java-stream "${ping_c[@]}" "${jvm[@]}" echo stream
  run c/java-ffm "${ping_c[@]}" "${jvm[@]}" echo ffm
  run java/c "${ping_j[@]}" "$cecho" echo
  run java/java-stream "${ping_j[@]}" "${jvm[@]}" echo stream
  if [ -f "$core_jar" ]; then
    run_as suite-row "$SB_JAVA" $(java -jar "$core_jar" jvm-flags) -cp "$core_jar:$work" RoundTripProbe pipe same-cpu "$rounds" "$batches"
  fi
  if [ "$mode" = time ]; then
    run transports.c "$work/transports" --transport pipe --wait block --placement same-cpu --ms 500
  fi
done
