#!/usr/bin/env bash
# HTTP load benchmark of the hub: builds the Gateway (Release), starts it on 127.0.0.1 over a SQLite file seeded with a
# synthetic preset (default slough), mints a dev token per agency, finds an NHS number to look up, runs load.mjs
# (autocannon) and stops the hub. Prints a markdown table for docs/benchmarks.md.
#   bash benchmarks/http/run.sh [--preset slough] [--duration 10] [--connections 8] [--only police]
#   --otel off|on|both (default off): with "on" the hub exports traces and metrics over OTLP (batched) to a closed port on
#   127.0.0.1, so every span and metric is recorded and exported as in production and the export then fails; "both" runs
#   the queries with OpenTelemetry off and on, restarting the hub (same database) for each, --rounds times.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
preset=slough
port=5077
otel=off
rounds=1
load_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) preset=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --otel) otel=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) load_args+=("$1"); shift ;;
  esac
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/partnership-http-XXXXXX")
[[ -d /dev/shm ]] && dir=$(mktemp -d /dev/shm/partnership-http-XXXXXX)
db="$dir/hub.db"
key="$dir/signing.key"
trap 'kill "${pid:-0}" 2>/dev/null || true; wait "${pid:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT

(cd "$root/benchmarks/http" && [[ -d node_modules ]] || npm ci --no-audit --no-fund >/dev/null)
dotnet build "$root/src/Partnership.Gateway" -c Release -v quiet -nologo >/dev/null
app="$root/src/Partnership.Gateway/bin/Release/net10.0"

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Partnership="Data Source=$db"
export Data__SeedPreset="$preset"
export DevelopmentAuthentication__SigningKeyFile="$key"
export Serilog__MinimumLevel__Default=Warning
start_hub() { # $1: off or on
  if [[ $1 == on ]]; then export OpenTelemetry__Endpoint=http://127.0.0.1:4399; else unset OpenTelemetry__Endpoint; fi
  (cd "$app" && exec dotnet Partnership.Gateway.dll --urls "http://127.0.0.1:$port") >>"$dir/hub.log" 2>&1 &
  pid=$!
  local started=$(date +%s)
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/hub.log"; exit 1; }
    sleep 1
  done
  echo "hub ready on $preset after $(( $(date +%s) - started )) s, OpenTelemetry $1" >&2
}
stop_hub() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=0; }
first=$otel; [[ $otel == both ]] && first=off
start_hub "$first"

token() { (cd "$app" && dotnet Partnership.Gateway.dll dev-token "$@"); }
police=$(token --agency POLICE --role PublicProtectionOfficer --org "Thames Valley Police Slough LPA" --la 871 --la 870 --system)
health=$(token --agency HEALTH --role HealthVisitor --org "Slough Health Visiting Team A" --la 871)
social=$(token --agency SOCIAL_CARE --role SocialWorker --org "Slough Hub 1 (child protection)" --la 871)
housing=$(token --agency HOUSING --role HousingOfficer --org "Slough Housing Services" --la 871)
# The school with the most pupils who have a social worker, as a DSL would use it.
urn=$(python3 - "$db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("""SELECT o.Urn FROM Organisations o JOIN SchoolEnrolments e ON e.SchoolId = o.Id JOIN People p ON p.Id = e.PersonId
  WHERE o.Urn IS NOT NULL AND e.EndDate IS NULL AND p.CaseHoldingHubId IS NOT NULL GROUP BY o.Urn ORDER BY COUNT(*) DESC LIMIT 1""").fetchone()[0])
EOF
)
education=$(token --agency EDUCATION --role DesignatedSafeguardingLead --org "$urn" --la 871)
# An NHS number of a child on a child protection plan, found the way a social worker would (through the hub).
nhs=$(curl -s "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $social" -H 'content-type: application/json' \
  -d '{"query":"{ children(first: 1, where: { nhsNumber: { neq: null }, plans: { some: { kind: { eq: CHILD_PROTECTION } } } }) { nodes { nhsNumber } } }"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["children"]["nodes"][0]["nhsNumber"])')

cat >"$dir/setup.json" <<EOF
{ "url": "http://127.0.0.1:$port/graphql", "nhs": "$nhs",
  "tokens": { "police": "$police", "health": "$health", "socialCare": "$social", "housing": "$housing", "education": "$education" } }
EOF
run_load() {
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), OpenTelemetry $1" >&2
  node "$root/benchmarks/http/load.mjs" "$dir/setup.json" --pid "$pid" "${load_args[@]}"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
}
if [[ $otel != both ]]; then
  run_load "$otel"
else
  for round in $(seq 1 "$rounds"); do
    for mode in off on; do
      [[ $round == 1 && $mode == off ]] || { stop_hub; start_hub "$mode"; }
      echo "round $round, OpenTelemetry $mode" >&2
      run_load "$mode"
    done
  done
fi
