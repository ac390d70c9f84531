#!/usr/bin/env bash
# Runs every test of the repository and ends with one line: "N passed, N failed".
# Installs what the tests need first: Debian's chromium for the browser tests, and the npm tools of theme/ and tests/tools/.
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

dotnet test KnowledgeBase.sln --logger "trx" --results-directory "$results" "$@"
status=$?

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

if [ "$files" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  failed=$((failed + 1))   # the build or the test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
