#!/usr/bin/env bash
# check-coverage.sh RESULTS_DIR: every mechanism alias a workload declares in @Param("mechanism")
# must appear in that workload's JMH JSON. Catches a benchmark that silently measured a subset.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
case "${1:-}" in -h|--help|"") echo "Usage: $0 RESULTS_DIR   (exit 1 when an alias is missing from a workload's JSON)"; [ -n "${1:-}" ]; exit $? ;; esac
dir=$1
[ -d "$dir/jmh" ] || sb_die 2 "$dir/jmh: no such directory (not a results directory?)"
sb_find_jdk
sb_load_jvm_flags
declared=$("$SB_JAVA" $SB_JVM_FLAGS -jar "$SB_ROOT/jmh/target/benchmarks.jar" -lp 2>/dev/null | awk '
  /^[a-z].*\.[A-Z][A-Za-z0-9]*\.[a-zA-Z0-9_]+$/ { n = split($1, p, "."); bench = p[n-1] }
  /param "mechanism" = \{/ { sub(/.*= \{/, ""); sub(/\}.*/, ""); gsub(/, */, " "); print bench ": " $0 }' | sort -u)
missing=0 checked=0
for json in "$dir"/jmh/*.json; do
  [ -f "$json" ] || continue
  w=$(basename "$json" .json)
  want=$(printf '%s\n' "$declared" | awk -v w="$w" -F': ' '$1 == w {print $2}' | tr ' ' '\n' | sort -u | grep . || true)
  [ -n "$want" ] || continue
  have=$(grep -o '"mechanism" *: *"[^"]*"' "$json" | sed 's/.*"\([^"]*\)"$/\1/' | sort -u)
  gone=$(comm -23 <(printf '%s\n' "$want") <(printf '%s\n' "$have") | tr '\n' ' ')
  checked=$((checked + 1))
  if [ -n "${gone// /}" ]; then sb_log "  $w: declared but not measured: $gone"; missing=1; fi
done
[ $checked -gt 0 ] || sb_die 1 "no workload JSON with a mechanism @Param in $dir/jmh"
sb_log "  coverage: $checked workloads checked$([ $missing -eq 0 ] && echo ', every declared alias measured')"
exit $missing
