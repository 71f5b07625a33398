// The markdown tables for docs/benchmarks.md from one run.sh output folder:
//   node summarise.mjs DIR [--preset slough] [--commit abc1234]
// First the comparison (one row per query; a range where a server was measured more than once), then the errors over all
// runs, then every run in the order it ran, with the `uptime` recorded before it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: { preset: { type: 'string', default: 'slough' }, commit: { type: 'string', default: '?' } },
});
const dir = positionals[0];
const titles = {
  a: 'a. police: 50 strategy meetings, children, invitations',
  b: 'b. social care: 50 strategy meetings with children',
  c: 'c. social care: 50 children by last name with plans',
  d: 'd. `{ me { agency } }` (PostGraphile: `{ __typename }`)',
};
const servers = [
  ['hub-pg', 'hub on PostgreSQL'],
  ['hub-sqlite', 'hub on SQLite'],
  ['peer-1', 'PostGraphile, 1 worker'],
  ['peer-2', 'PostGraphile, 2 workers'],
];

const runs = readdirSync(dir)
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => {
    const meta = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const resultFile = join(dir, f.replace('.meta.json', '.json'));
    const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
    return { ...meta, result };
  })
  .sort((x, y) => x.n - y.n);

const rate = (n) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-GB'));
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(n >= 10000 ? 0 : 1)} s` : `${Math.round(n)} ms`);
const range = (values, f) => {
  const lo = Math.min(...values), hi = Math.max(...values);
  return f(lo) === f(hi) ? f(lo) : `${f(lo)}–${f(hi)}`;
};
const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const loadOf = (uptime) => /load average: (.*)$/.exec(uptime)?.[1] ?? uptime;
const timeOf = (uptime) => /^(\d\d:\d\d:\d\d)/.exec(uptime)?.[1] ?? '';

const queries = [...new Set(runs.map((r) => r.query))].sort();
const present = servers.filter(([key]) => runs.some((r) => r.server === key));
const first = runs[0], last = runs.at(-1);
const settings = first?.result ?? {};
const lines = [];
lines.push(
  `Preset \`${o.preset}\`, the hub at \`${o.commit}\`, ${settings.connections ?? '?'} connections, ${settings.warmup_s ?? '?'} s warm-up + ` +
    `${settings.duration_s ?? '?'} s measured (autocannon), ${Math.max(...runs.map((r) => r.round))} round(s), ` +
    `runs from ${timeOf(first?.uptime ?? '')} to ${timeOf(last?.uptime ?? '')} UTC; load average (1, 5, 15 min) before the runs ` +
    `${range(runs.map((r) => Number(loadOf(r.uptime).split(',')[0])), (x) => x.toFixed(2))}.`,
  '',
  `| query | ${present.map(([, name]) => name).join(' | ')} | hub on PostgreSQL ÷ PostGraphile's better |`,
  `| --- | ${present.map(() => '---:').join(' | ')} | ---: |`,
);
for (const q of queries) {
  const cells = present.map(([key]) => {
    const done = runs.filter((r) => r.query === q && r.server === key);
    const ok = done.filter((r) => r.result);
    if (done.length === 0) return '–';
    if (ok.length === 0) return `failed (exit ${done.map((r) => r.exit).join(', ')})`;
    const rs = ok.map((r) => r.result).filter((r) => r.total > 0);
    if (rs.length === 0) return `none completed in the ${ok[0].result.duration_s} s measured`;
    return `${range(rs.map((r) => r.req_per_s), rate)} req/s, p50 ${range(rs.map((r) => r.latency_ms.p50), ms)}, p99 ${range(rs.map((r) => r.latency_ms.p99), ms)}` +
      (ok.length < done.length ? ` (${done.length - ok.length} failed)` : '');
  });
  const rps = (key) => runs.filter((r) => r.query === q && r.server === key && r.result?.total).map((r) => r.result.req_per_s);
  const hub = rps('hub-pg');
  const peers = ['peer-1', 'peer-2'].map(rps).filter((v) => v.length).map(median);
  const ratio = hub.length && peers.length ? `${(median(hub) / Math.max(...peers)).toFixed(2)}×` : '–';
  lines.push(`| ${titles[q] ?? q} | ${cells.join(' | ')} | ${ratio} |`);
}
lines.push('');
const sum = (rs, f) => rs.reduce((n, r) => n + (r.result ? f(r.result) : 0), 0);
lines.push(
  'Errors over all measured runs: ' +
    present
      .map(([key, name]) => {
        const rs = runs.filter((r) => r.server === key);
        const hub = key.startsWith('hub');
        return `${name}: ${sum(rs, (r) => r.non2xx)} non-2xx, ${sum(rs, (r) => r.socket_errors + r.timeouts)} failed or timed out, ` +
          `${sum(rs, (r) => r.graphql_errors)} with GraphQL errors` +
          (hub ? `, ${sum(rs, (r) => r.audit_failed)} \`AUDIT_FAILED\` (${rs.reduce((n, r) => n + r.audit_failures_logged, 0)} logged over sanity + warm-up + measured)` : '');
      })
      .join('; ') + '.',
  '',
  '| run | uptime before it (time, load average) | req/s | p50 | p99 | requests | non-2xx | GraphQL errors | `AUDIT_FAILED` | audit entries written |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of runs) {
  const x = r.result;
  const hub = r.server.startsWith('hub');
  lines.push(
    `| ${r.round}. ${r.query}, ${servers.find(([k]) => k === r.server)?.[1] ?? r.server}${r.server === 'hub-pg' ? ` (PostGraphile at ${r.phase}w)` : ''} | ${timeOf(r.uptime)}, ${loadOf(r.uptime)}${r.waited_s ? ` (waited ${r.waited_s} s)` : ''} | ` +
      (x && x.total === 0
        ? `0 | – | – | 0 | ${x.non2xx} | ${x.graphql_errors} | ${hub ? x.audit_failed : '–'} | ${hub ? r.audit_entries.toLocaleString('en-GB') : '–'} |`
        : x
        ? `${rate(x.req_per_s)} | ${ms(x.latency_ms.p50)} | ${ms(x.latency_ms.p99)} | ${x.total.toLocaleString('en-GB')} | ${x.non2xx} | ${x.graphql_errors} | ` +
          `${hub ? x.audit_failed : '–'} | ${hub ? r.audit_entries.toLocaleString('en-GB') : '–'} |`
        : `failed (exit ${r.exit}) | | | | | | | |`),
  );
}
console.log(lines.join('\n'));
