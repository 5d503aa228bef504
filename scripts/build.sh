#!/usr/bin/env bash
# build.sh: builds sharebench checkouts with Maven when needed (usage() below is its --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage() {
  cat <<'USAGE'
Usage: ./scripts/build.sh [CHECKOUT_DIR...]

Builds sharebench checkouts (this one by default) with Maven, each with its own pom, when a jar is
missing or a source is newer than its oldest jar. The CI workflow builds the base and the pull
request with it: ./pr/scripts/build.sh base pr.

Exit codes: 0 built or up to date; 2 bad usage (a CHECKOUT_DIR without a pom.xml); 3 no JDK 25 or
Maven; 4 a build failed.
USAGE
}
case "${1:-}" in -h|--help) usage; exit 0 ;; -*) sb_die 2 "unknown option '$1' (see --help)" ;; esac
sb_find_jdk
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=("$SB_ROOT")
for d in "${dirs[@]}"; do
  [ -f "$d/pom.xml" ] || sb_die 2 "$d: no pom.xml (not a sharebench checkout)"
  sb_log "build: $d"
  sb_build_if_needed "$(cd "$d" && pwd)"
done
