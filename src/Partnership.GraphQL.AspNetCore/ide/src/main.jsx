// The hub's GraphiQL page: GraphiQL from the npm package, talking only to the endpoint that served the page.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';

const endpoint = document.getElementById('graphiql').dataset.endpoint;

// Subscriptions go over GraphQL over WebSocket (graphql-transport-ws) to the same endpoint; a browser cannot set headers on
// a WebSocket, so the Authorization header typed into the header editor travels in connection_init instead.
function isSubscription(params) {
  try {
    return getOperationAST(parse(params.query), params.operationName)?.operation === 'subscription';
  } catch {
    return false; // let the server report the syntax error
  }
}

function subscribe(params, headers) {
  const url = new URL(endpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const authorization = headers.Authorization ?? headers.authorization;
  const client = createClient({ url: url.href, connectionParams: authorization ? { Authorization: authorization } : {}, retryAttempts: 0 });
  const results = client.iterate(params);
  return {
    [Symbol.asyncIterator]() { return this; },
    next: () => results.next(),
    return: async () => {
      await results.return?.();
      await client.dispose();
      return { done: true, value: undefined };
    },
  };
}

// Sends the request as POST JSON with the headers typed into GraphiQL's header editor
// (put {"Authorization": "Bearer <token>"} there); error responses still carry a GraphQL body to show.
async function fetcher(params, options) {
  if (isSubscription(params)) return subscribe(params, (options && options.headers) || {});
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(options && options.headers ? options.headers : {}),
    },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: the response is not JSON.` }] };
  }
}

const defaultQuery = `# Partnership hub. Requests need a bearer token: in Development get one with
#   dotnet run --project src/Partnership.Gateway -- dev-token --agency SOCIAL_CARE
# and put {"Authorization": "Bearer <token>"} in the Headers tab below.
{
  __typename
}
`;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: false }),
);
