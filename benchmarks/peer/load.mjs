// One measured run against a GraphQL endpoint on this machine, the same way for the hub and for PostGraphile (run.sh):
//
//   node load.mjs --url http://127.0.0.1:PORT/graphql --token JWT --query-file q.graphql \
//       [--connections 20] [--warmup 3] [--duration 10] [--label NAME] [--json out.json]
//
// The request is sent once first and must come back HTTP 200 with data and no errors, or nothing is measured (exit 2).
// Then autocannon 9 loads it for --warmup seconds (not recorded) and for --duration seconds (recorded). Every response of
// the measured part is read: one whose body carries "errors" counts as a GraphQL error, and one carrying AUDIT_FAILED (the
// hub's refusal when its access audit cannot be written) is counted apart. Prints one line; --json writes the figures.
// Exit 1 when any response of the measured part was not 2xx, failed, timed out or carried an error.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    'query-file': { type: 'string' },
    connections: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    label: { type: 'string', default: 'run' },
    json: { type: 'string' },
  },
});
const refuse = (message) => {
  console.error(`load.mjs: ${o.label}: ${message}`);
  process.exit(2);
};
if (!o.url || !o['query-file']) refuse('--url and --query-file are required');
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(o.url)) refuse(`${o.url} is not on this machine`);

const body = JSON.stringify({ query: readFileSync(o['query-file'], 'utf8') });
const headers = { 'content-type': 'application/json', accept: 'application/json' };
if (o.token) headers.authorization = `Bearer ${o.token}`;

const first = await fetch(o.url, { method: 'POST', headers, body });
const text = await first.text();
let parsed = null;
try {
  parsed = JSON.parse(text);
} catch {
  // reported below
}
if (first.status !== 200 || !parsed?.data || parsed.errors) refuse(`the first request failed (HTTP ${first.status}): ${text.slice(0, 400)}`);

const counts = { graphqlErrors: 0, auditFailed: 0 };
const load = (seconds, count) =>
  autocannon({
    url: o.url,
    connections: Number(o.connections),
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers,
        body,
        onResponse: count
          ? (_status, responseBody) => {
              if (responseBody.includes('"errors"')) {
                counts.graphqlErrors++;
                if (responseBody.includes('AUDIT_FAILED')) counts.auditFailed++;
              }
            }
          : undefined,
      },
    ],
  });

if (Number(o.warmup) > 0) await load(Number(o.warmup), false);
const r = await load(Number(o.duration), true);
const result = {
  label: o.label,
  url: o.url,
  connections: Number(o.connections),
  warmup_s: Number(o.warmup),
  duration_s: Number(o.duration),
  req_per_s: r.requests.average,
  total: r.requests.total,
  latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.average },
  non2xx: r.non2xx,
  socket_errors: r.errors,
  timeouts: r.timeouts,
  graphql_errors: counts.graphqlErrors,
  audit_failed: counts.auditFailed,
  response_bytes: Buffer.byteLength(text),
};
console.log(
  `${o.label} req/s=${result.req_per_s.toFixed(1)} p50=${result.latency_ms.p50}ms p99=${result.latency_ms.p99}ms ` +
    `total=${result.total} non2xx=${result.non2xx} errors=${result.socket_errors} timeouts=${result.timeouts} ` +
    `graphql_errors=${result.graphql_errors} audit_failed=${result.audit_failed} bytes=${result.response_bytes}`,
);
if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
if (result.non2xx || result.socket_errors || result.timeouts || result.graphql_errors) process.exitCode = 1;
