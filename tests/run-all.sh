#!/usr/bin/env bash
# Runs every test of the repository and ends with one line: "N passed, N failed" (", N skipped" follows).
# Installs what the tests need first: Debian's chromium for the browser tests, and the npm tools of theme/ and tests/tools/.
# Two checks count as results on that line too: the solution builds, and dotnet format finds nothing to change.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null || {
    echo "could not install chromium (apt-get install chromium)"; echo "0 passed, 1 failed"; exit 1; }
fi

# lunr.js from theme/package-lock.json: the site's search library, and the reference the conformance tests run.
npm ci --prefix theme --no-audit --no-fund --loglevel=error || { echo "npm ci in theme/ failed"; echo "0 passed, 1 failed"; exit 1; }
# action-validator from tests/tools/package-lock.json: checks the GitHub workflows of this repository and of kb init.
npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error || { echo "npm ci in tests/tools/ failed"; echo "0 passed, 1 failed"; exit 1; }

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1795651200}"

# The checks: each passes or fails as one result, and says which failed.
checks_passed=0; checks_failed=0; checks_report=""
check() {
  local name="$1"; shift
  if "$@"; then
    checks_passed=$((checks_passed + 1)); checks_report+="$name: passed"$'\n'
  else
    checks_failed=$((checks_failed + 1)); checks_report+="$name: FAILED"$'\n'
  fi
}
check "dotnet build KnowledgeBase.sln" dotnet build KnowledgeBase.sln --nologo
build_failed=$checks_failed
check "dotnet format --verify-no-changes" dotnet format --verify-no-changes

status=1
if [ "$build_failed" -eq 0 ]; then
  dotnet test KnowledgeBase.sln --logger "trx" --results-directory "$results" "$@"
  status=$?
fi

# dotnet test prints a summary per test project; sum the TRX files for one total line.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); t=$(get total); e=$(get executed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [ "$build_failed" -eq 0 ] && { [ "$files" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; }; then
  failed=$((failed + 1))   # the test build or the test host failed before any test could report
fi
printf '%s' "$checks_report"
[ "$build_failed" -eq 0 ] || echo "the tests did not run: the solution does not build"
passed=$((passed + checks_passed)); failed=$((failed + checks_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
