// Usage: node feed-bench.mjs <http url of /graphql> <police token> <social care token> [changes] [concurrency] [page limit]
// The meeting change feed under load (benchmarks/feed/run.sh): a force system follows meetingChanged from the log's end while
// social care makes <changes> reschedules (<concurrency> in flight); each change's delivery latency is the time from just
// before its mutation was sent to its arrival on the subscription. Then the feed is paged from the start, 100 a page, until
// <page limit> changes (default 10,000) or its end.
// Prints JSON: latencies (p50, p90, p99, max in ms), the mutations' own times, and the paging figures.
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, police, social, changesArg, concurrencyArg, limitArg] = process.argv.slice(2);
const total = Number(changesArg ?? 1000), concurrency = Number(concurrencyArg ?? 1), pageLimit = Number(limitArg ?? 10000);

async function post(token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Partnership-Purpose': 'feed benchmark' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = values => {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: +pct(s, 50).toFixed(1), p90: +pct(s, 90).toFixed(1), p99: +pct(s, 99).toFixed(1), max: +s[s.length - 1].toFixed(1) };
};

// The meetings social care will move: strategy discussions not yet held, in Slough.
const now = new Date();
const upcoming = await post(social, `query($from: DateTime!) { strategyMeetings(first: 50, where: { heldAt: { gt: $from }, cancelledAt: { eq: null } }) { nodes { id } } }`,
  { from: new Date(now.getTime() + 3600_000).toISOString() });
const meetings = upcoming.strategyMeetings.nodes.map(n => n.id);
if (meetings.length === 0) throw new Error('no upcoming strategy meeting to reschedule');

// Subscribe from the log's end as it stands (no race: the subscription gives everything after this cursor).
let cursor = null;
for (;;) {
  const page = await post(police, 'query($after: String) { meetingChanges(after: $after, first: 500) { endCursor hasNextPage } }', { after: cursor });
  cursor = page.meetingChanges.endCursor;
  if (!page.meetingChanges.hasNextPage) break;
}
const sentAt = new Map(); // meetingId@version -> ms
const latencies = [];
let resolveAll;
const allArrived = new Promise(r => { resolveAll = r; });
const arrivedEarly = new Map();
const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${police}` }, retryAttempts: 0 });
const follow = (async () => {
  for await (const event of client.iterate({ query: 'subscription($after: String) { meetingChanged(after: $after) { changes { meetingId version } } }', variables: { after: cursor } })) {
    if (event.errors) throw new Error(JSON.stringify(event.errors));
    const at = performance.now();
    for (const c of event.data.meetingChanged.changes) {
      const key = `${c.meetingId}@${c.version}`;
      if (sentAt.has(key)) latencies.push(at - sentAt.get(key));
      else arrivedEarly.set(key, at); // its mutation's answer has not come back yet
    }
    if (latencies.length >= total) { resolveAll(); return; }
  }
})();

// Social care moves the meetings round-robin, each to a new time within the next 90 days.
const mutationMs = [];
let next = 0;
async function worker() {
  while (next < total) {
    const i = next++;
    const id = meetings[i % meetings.length];
    const heldAt = new Date(now.getTime() + (2 + (i % 80)) * 86400_000 + i * 1000).toISOString();
    const t0 = performance.now();
    const data = await post(social, 'mutation($id: ID!, $at: DateTime!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: $at }) { meeting { id version } errors { code } } }', { id, at: heldAt });
    mutationMs.push(performance.now() - t0);
    const payload = data.rescheduleStrategyMeeting;
    if (payload.errors.length) throw new Error(JSON.stringify(payload.errors));
    const key = `${payload.meeting.id}@${payload.meeting.version}`;
    sentAt.set(key, t0);
    if (arrivedEarly.has(key)) { latencies.push(arrivedEarly.get(key) - t0); arrivedEarly.delete(key); }
    if (latencies.length >= total) resolveAll();
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const madeIn = performance.now() - started;
await Promise.race([allArrived, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${latencies.length} of ${total} changes arrived`)), 60_000))]);
await client.dispose();
await follow.catch(() => {});

// Page the whole feed from the start, 100 a page.
const pageMs = [];
let after = null, changes = 0;
const pagingStarted = performance.now();
for (;;) {
  const t0 = performance.now();
  const page = await post(police, 'query($after: String) { meetingChanges(after: $after, first: 100) { hasNextPage endCursor changes { cursor kind meetingId version } } }', { after });
  pageMs.push(performance.now() - t0);
  changes += page.meetingChanges.changes.length;
  after = page.meetingChanges.endCursor;
  if (!page.meetingChanges.hasNextPage || changes >= pageLimit) break;
}
console.log(JSON.stringify({
  changes: total, concurrency, meetingsMoved: meetings.length, madeInSeconds: +(madeIn / 1000).toFixed(1),
  deliveryMs: summary(latencies), mutationMs: summary(mutationMs),
  paging: { changes, pages: pageMs.length, seconds: +((performance.now() - pagingStarted) / 1000).toFixed(1), pageMs: summary(pageMs) },
}));
