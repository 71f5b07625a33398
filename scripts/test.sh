#!/usr/bin/env bash
# The README's test command: sets up what the machine lacks, builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The full command runs the leak test at depth (a plain `dotnet test` runs 40 / 20 / 30 for speed): generated requests per agency
# on SQLite and on PostgreSQL, and consent / emergency-access steps. About 20 minutes on 2 cores; see the Leak README.
export PARTNERSHIP_LEAK_QUERIES="${PARTNERSHIP_LEAK_QUERIES:-1000}" PARTNERSHIP_LEAK_PG_QUERIES="${PARTNERSHIP_LEAK_PG_QUERIES:-200}" \
  PARTNERSHIP_LEAK_MUTATIONS="${PARTNERSHIP_LEAK_MUTATIONS:-100}"
# Formatting first: the style of .editorconfig (whitespace, sorted usings, file-scoped namespaces), checked the way
# `dotnet format` would change it. About 2 to 5 minutes on 2 shared cores (it loads the whole solution).
echo "Checking formatting: dotnet format Partnership.sln --verify-no-changes"
if ! dotnet format Partnership.sln --verify-no-changes -v q; then
  echo "FORMATTING: the files above differ from the style of .editorconfig. Run 'dotnet format Partnership.sln'," >&2
  echo "review and commit the result, then run the tests again." >&2
  exit 1
fi
dotnet build Partnership.sln -c Release -nologo -v q
results=$(mktemp -d)
status=0
dotnet test Partnership.sln -c Release --no-build -nologo -v q \
  --logger "trx" --results-directory "$results" "$@" || status=$?
# One closing line over all projects, counted from the test result files.
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
  s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$c"); skipped=$((skipped + ${s:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
