// PostGraphile 5 (Amber preset) over the hub's PostgreSQL tables, as the peer of the benchmark (run.sh).
//
//   node_modules/.bin/node serve.mjs --db postgres://peer_api:PW@127.0.0.1:PORT/partnership --port 55463 \
//       --key-file SIGNING_KEY [--workers 1] [--pool 20]
//
// It takes the hub's own Development tokens (`dev-token`): HS256, signed with the key in --key-file (the hub's
// DevelopmentAuthentication:SigningKeyFile, base64 of the key bytes), issuer and audience as the hub issues them. A request
// without a valid token gets 401 before PostGraphile sees it. The caller's claims reach PostgreSQL as four settings that the
// row-level security in rls.sql reads (nothing else of the token does):
//   partnership.agency   the agency claim (POLICE, SOCIAL_CARE, ...)
//   partnership.la       the la claim(s), comma-separated DfE codes
//   partnership.org      the org claim (matched by rls.sql as the hub matches it: id, URN, ODS code or name)
//   partnership.subject  oid, else sub (the hub's subject)
// --db must be a role without SUPERUSER or BYPASSRLS, or the policies do not apply. Listens on 127.0.0.1 only; prints
// "peer ready http://127.0.0.1:PORT/graphql" once every worker listens; SIGTERM stops it.
import cluster from 'node:cluster';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

process.env.GRAPHILE_ENV ??= 'production';

const { values: opt } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '55463' },
    schema: { type: 'string', default: 'public' },
    'key-file': { type: 'string' },
    issuer: { type: 'string', default: 'partnership-development' },
    audience: { type: 'string', default: 'api://partnership-hub' },
    workers: { type: 'string', default: '1' },
    pool: { type: 'string', default: '20' },
  },
});
const stop = (message) => {
  console.error(`serve.mjs: ${message}`);
  process.exit(2);
};
if (typeof Promise.withResolvers !== 'function') stop(`PostGraphile 5 needs Node 22 or later (this is ${process.version}); run node_modules/.bin/node`);
if (!opt.db) stop('--db is required');
if (!opt['key-file']) stop('--key-file is required');
const key = Buffer.from(readFileSync(opt['key-file'], 'utf8').trim(), 'base64');
if (key.length < 32) stop('the signing key is shorter than 256 bits');
const port = Number(opt.port);
const workers = Math.max(1, Number(opt.workers) || 1);
const url = `http://127.0.0.1:${port}/graphql`;

if (cluster.isPrimary && workers > 1) {
  let ready = 0;
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('message', (_worker, message) => {
    if (message === 'ready' && ++ready === workers) console.log(`peer ready ${url} (${workers} workers)`);
  });
  cluster.on('exit', () => {
    if (!stopping) {
      console.error('serve.mjs: a worker exited; stopping');
      shutdown();
    } else if (Object.keys(cluster.workers).length === 0) process.exit(0);
  });
  const shutdown = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
    if (Object.keys(cluster.workers).length === 0) process.exit(0);
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} else {
  await serve();
}

/** The caller's settings from a valid bearer token, or a reason to refuse it. */
function callerOf(authorization) {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
  if (!match) return { refused: 'a bearer token is required' };
  const [, head, body, signature] = match;
  let header;
  let claims;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { refused: 'the token is not JSON' };
  }
  if (header?.alg !== 'HS256') return { refused: 'the token is not HS256' };
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'bad signature' };
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || now > claims.exp + 60) return { refused: 'the token has expired' };
  if (typeof claims.nbf === 'number' && now < claims.nbf - 60) return { refused: 'the token is not valid yet' };
  if (claims.iss !== opt.issuer) return { refused: 'wrong issuer' };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(opt.audience)) return { refused: 'wrong audience' };
  const list = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
  return {
    settings: {
      'partnership.agency': String(claims.agency ?? ''),
      'partnership.la': list(claims.la).join(','),
      'partnership.org': String(claims.org ?? ''),
      'partnership.subject': String(claims.oid ?? claims.sub ?? ''),
    },
  };
}

async function serve() {
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');

  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [
      makePgService({
        connectionString: opt.db,
        schemas: opt.schema.split(','),
        poolConfig: { max: Number(opt.pool) || 20 },
        // Synchronous: the settings were put on the request by the gate below.
        pgSettings: (requestContext) => requestContext?.node?.req?.partnershipSettings ?? {},
      }),
    ],
    grafserv: { port, graphqlPath: '/graphql', graphiql: false, graphiqlOnGraphQLGET: false, watch: false, websockets: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  await pgl.getSchema(); // introspect before listening: fail fast
  const graphql = serv.createHandler();
  const server = createServer((req, res) => {
    const caller = callerOf(req.headers.authorization);
    if (caller.refused) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `Unauthorized: ${caller.refused}`, extensions: { code: 'NOT_AUTHENTICATED' } }] }));
      return;
    }
    req.partnershipSettings = caller.settings;
    graphql(req, res);
  });
  server.on('error', (e) => stop(e.message));
  await new Promise((resolve) => server.listen({ host: '127.0.0.1', port }, resolve));
  if (cluster.isWorker) process.send('ready');
  else console.log(`peer ready ${url}`);

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    try {
      await serv.release();
      await pgl.release();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
