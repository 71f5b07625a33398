// Usage: node ws-client.mjs <ws url> <token>
// The graphql-ws library's own client against the hub: connects with the token in connection_init, runs a query, a
// subscription that must stay open, and an invalid document, and prints what came back as JSON.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: true,
});

async function collect(payload, limit = 10) {
  const results = [];
  try {
    for await (const result of client.iterate(payload)) {
      results.push(result);
      if (results.length >= limit) break;
    }
    return { results };
  } catch (error) {
    const errors = Array.isArray(error) ? error : Array.isArray(error?.errors) ? error.errors : null;
    return { results, error: errors ? errors.map(e => e.message) : `${error?.constructor?.name} ${error?.code} ${error?.reason} ${error?.message}` };
  }
}

const query = await collect({ query: '{ me { agency localAuthorities } }' });
const invalid = await collect({ query: '{ me { nope } }' });
// A subscription stays open: nothing arrives within the wait, then the client completes it.
const open = await Promise.race([
  collect({ query: 'subscription { notificationReceived { id } }' }, 1),
  new Promise(resolve => setTimeout(() => resolve('open'), 1500)),
]);
await client.dispose();
process.stdout.write(JSON.stringify({ query, invalid, open }));
process.exit(0);
