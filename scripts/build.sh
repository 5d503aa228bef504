#!/usr/bin/env bash
# build.sh: builds sharebench checkouts (this one by default) with Maven, each with its own pom,
# when a jar is missing or a source is newer than its oldest jar. The CI workflow builds the base
# and the pull request with it: ./pr/scripts/build.sh base pr.
#   ./scripts/build.sh [CHECKOUT_DIR...]
# Exit: 0 built or up to date, 2 bad usage, 3 no JDK 25 or Maven, 4 a build failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
case "${1:-}" in -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
sb_find_jdk
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=("$SB_ROOT")
for d in "${dirs[@]}"; do
  [ -f "$d/pom.xml" ] || sb_die 2 "$d: no pom.xml (not a sharebench checkout)"
  sb_log "build: $d"
  sb_build_if_needed "$(cd "$d" && pwd)"
done
