// Usage: node police-feed.mjs <http url of /graphql> <token> <state file> [--until N]
// A force system's loop over the meeting change feed (docs/journeys/police.md): catch up by query from the cursor kept in the
// state file (none: from the beginning), then follow the meetingChanged subscription from the same cursor, saving the cursor
// after every page so a restart resumes with no gap and no duplicate. --until N stops after N pushed changes (for tests);
// without it the loop runs until interrupted. Prints the meetings it holds (id -> version) and what it did, as JSON.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, stateFile, ...rest] = process.argv.slice(2);
const until = rest[0] === '--until' ? Number(rest[1]) : Infinity;
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Partnership-Purpose': 'force system sync' };

const PAGE = `
  changes { cursor kind meetingId meetingKind version at }
  endCursor
  strategyMeetings { id status scheduledFor mode location version }
  conferences { id kind status scheduledFor version }`;

// What the force system holds: each meeting's version (a real system would keep the meetings' fields too).
const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { cursor: null, meetings: {} };
const save = () => {
  writeFileSync(stateFile + '.tmp', JSON.stringify(state));
  renameSync(stateFile + '.tmp', stateFile); // the cursor and the meetings move together, or not at all
};
const apply = page => {
  for (const change of page.changes) {
    if (change.kind === 'REVOKED') delete state.meetings[change.meetingId];
    else state.meetings[change.meetingId] = Math.max(state.meetings[change.meetingId] ?? 0, change.version);
  }
  state.cursor = page.endCursor;
  save();
  return page.changes.length;
};

// 1. Catch up by query, a page at a time.
let synced = 0;
for (;;) {
  const response = await fetch(url, {
    method: 'POST', headers,
    body: JSON.stringify({
      query: `query Sync($after: String) { meetingChanges(after: $after, first: 200) { hasNextPage ${PAGE} } }`,
      variables: { after: state.cursor },
    }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`sync failed: ${response.status} ${JSON.stringify(body.errors)}`);
  synced += apply(body.data.meetingChanges);
  if (!body.data.meetingChanges.hasNextPage) break;
}
console.error(`synced ${synced} changes; following from ${state.cursor}`);

// 2. Follow the subscription from the cursor the sync ended at.
let pushed = 0;
const client = createClient({
  url: url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
});
try {
  const events = client.iterate({
    query: `subscription Follow($after: String) { meetingChanged(after: $after) { ${PAGE} } }`,
    variables: { after: state.cursor },
  });
  for await (const event of events) {
    if (event.errors) throw new Error(`subscription failed: ${JSON.stringify(event.errors)}`);
    pushed += apply(event.data.meetingChanged);
    if (pushed >= until) break;
  }
} finally {
  await client.dispose();
}
console.log(JSON.stringify({ synced, pushed, cursor: state.cursor, meetings: state.meetings }));
