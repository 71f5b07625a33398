// The hub's GraphiQL page: GraphiQL from the npm package, talking only to the endpoint that served the page.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const endpoint = document.getElementById('graphiql').dataset.endpoint;

// Sends the request as POST JSON with the headers typed into GraphiQL's header editor
// (put {"Authorization": "Bearer <token>"} there); error responses still carry a GraphQL body to show.
async function fetcher(params, options) {
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
