// Usage: node clients.mjs <http url of /graphql> <token>
// Runs the examples of docs/clients.md against a running hub and prints what each saw as JSON:
// Apollo Client with the automatic persisted queries link (POST, then GET for hashed queries), graphql-request and graphql-ws.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLClient } from 'graphql-request';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${token}`, 'Partnership-Purpose': 'client example' };
const sha256 = query => createHash('sha256').update(query).digest('hex');

// What Apollo sent, without the token: method, whether the text went along, and the persisted-query hash.
const sent = [];
const recordingFetch = async (input, init) => {
  const request = new Request(input, init);
  const body = init?.body ? JSON.parse(init.body) : null;
  const params = new URL(request.url).searchParams;
  sent.push({
    method: request.method,
    hasQuery: Boolean(body?.query ?? params.get('query')),
    hash: (body?.extensions ?? JSON.parse(params.get('extensions') ?? '{}'))?.persistedQuery?.sha256Hash ?? null,
  });
  const response = await fetch(input, init);
  sent[sent.length - 1].status = response.status;
  return response;
};

async function apollo(useGETForHashedQueries) {
  sent.length = 0;
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([
      new PersistedQueryLink({ sha256, useGETForHashedQueries }),
      new HttpLink({ uri: url, headers, fetch: recordingFetch }),
    ]),
  });
  const query = gql`query Me${useGETForHashedQueries ? 'Get' : 'Post'} { me { agency localAuthorities } }`;
  const first = await client.query({ query, fetchPolicy: 'no-cache' });
  const second = await client.query({ query, fetchPolicy: 'no-cache' });
  return { first: first.data, second: second.data, sent: [...sent] };
}

async function request() {
  const client = new GraphQLClient(url, { headers });
  return client.request('query Me { me { agency } }');
}

async function websocket() {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  try {
    for await (const result of client.iterate({ query: 'query Me { me { agency } }' })) return result.data;
  } finally {
    await client.dispose();
  }
}

const output = {
  apolloPost: await apollo(false),
  apolloGet: await apollo(true),
  graphqlRequest: await request(),
  graphqlWs: await websocket(),
};
process.stdout.write(JSON.stringify(output));
process.exit(0);
