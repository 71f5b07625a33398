#!/usr/bin/env bash
# The meeting change feed under load: a force system follows `meetingChanged` while social care makes N changes; the
# delivery latency of each (p50/p90/p99/max), then `meetingChanges` paged from the start, 100 a page.
#   bash benchmarks/feed/run.sh [--changes 1000] [--concurrency 1] [--preset slough] [--la "871 870"] [--page-limit 10000]
#                               [--provider Sqlite|Postgres --connection CS]
# The force system's token names the councils of --la (the berkshire preset's six: "867 868 869 870 871 872"); social care
# moves Slough's (871) upcoming strategy meetings.
# The hub runs in Release on 127.0.0.1 (SQLite in a temporary file by default), seeded with the preset as of today; the
# client is tests/Partnership.Gateway.Tests/clients/feed-bench.mjs (graphql-ws). Prints the figures as JSON with the uptime.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
changes=1000 concurrency=1 preset=slough provider=Sqlite connection="" port=${FEED_PORT:-55480} la="871 870" page_limit=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --changes) changes=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --preset) preset=$2; shift 2 ;;
    --provider) provider=$2; shift 2 ;;
    --connection) connection=$2; shift 2 ;;
    --la) la=$2; shift 2 ;;
    --page-limit) page_limit=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
clients=$root/tests/Partnership.Gateway.Tests/clients
[[ -d $clients/node_modules/graphql-ws ]] || (cd "$clients" && npm ci --no-audit --no-fund >/dev/null)
work=$(mktemp -d "${TMPDIR:-/tmp}/partnership-feed-XXXXXX")
[[ -n $connection ]] || connection="Data Source=$work/hub.db"
pid=""
cleanup() { set +e; [[ -n $pid ]] && { kill "$pid"; wait "$pid"; }; rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$root/src/Partnership.Gateway" -c Release -v quiet -nologo >/dev/null
gateway=$root/src/Partnership.Gateway/bin/Release/net10.0
(umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$work/signing.key")
env_vars=(ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development DevelopmentAuthentication__SigningKeyFile="$work/signing.key")
(cd "$gateway" && exec env "${env_vars[@]}" Data__Provider="$provider" ConnectionStrings__Partnership="$connection" Data__SeedPreset="$preset" \
  Serilog__MinimumLevel__Default=Warning dotnet Partnership.Gateway.dll --urls "http://127.0.0.1:$port") >"$work/hub.log" 2>&1 &
pid=$!
t0=$(date +%s)
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/hub.log" >&2; exit 1; }
  (( $(date +%s) - t0 < 600 )) || { echo "run.sh: the hub is not ready after 600 s" >&2; exit 1; }
  sleep 1
done
gw() { (cd "$gateway" && env "${env_vars[@]}" dotnet Partnership.Gateway.dll "$@"); }
la_args=(); for c in $la; do la_args+=(--la "$c"); done
police=$(gw dev-token --agency POLICE "${la_args[@]}" --org "Thames Valley Police Slough LPA" --system --minutes 120)
social=$(gw dev-token --agency SOCIAL_CARE --la 871 --org "Slough Hub 1 (child protection)" --minutes 120)
echo "feed benchmark $(date -u +%FT%TZ): preset=$preset provider=$provider changes=$changes concurrency=$concurrency la='$la'; $(nproc) cores; uptime:$(uptime)" >&2
(cd "$clients" && node feed-bench.mjs "http://127.0.0.1:$port/graphql" "$police" "$social" "$changes" "$concurrency" "$page_limit")
echo "uptime after:$(uptime)" >&2
