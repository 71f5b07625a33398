// Fills in "expected" for every case in execution-cases.json by running graphql-js 17.1.0 on it.
// Usage: npm ci in tests/oracle (scripts/setup.sh does it) then: node generate-expectations.mjs
//        (or NODE_PATH=<folder with graphql 17.1.0 in it> node generate-expectations.mjs)
// The C# test ExecutionCasesTests runs the same cases through our engine and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// graphql-js comes from the repository's one install, tests/oracle.
const require = createRequire(process.env.NODE_PATH ? process.env.NODE_PATH + '/' : new URL('../../../oracle/', import.meta.url));
const { buildSchema, parse, validate, execute, subscribe, GraphQLError, version } = require('graphql');
if (version !== '17.1.0') throw new Error('expected graphql 17.1.0, got ' + version);

const file = new URL('./execution-cases.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));

// Markers in root values become functions, as graphql-js's default resolver calls function-valued properties.
function live(value) {
  if (Array.isArray(value)) return value.map(live);
  if (value && typeof value === 'object') {
    if ('@throw' in value) return () => { throw new Error(value['@throw']); };
    if ('@gqlError' in value) return () => { throw new GraphQLError(value['@gqlError'].message, { extensions: value['@gqlError'].extensions }); };
    if ('@async' in value) { const inner = live(value['@async']); return async () => { await new Promise(r => setTimeout(r, value.delay ?? 1)); return typeof inner === 'function' ? inner() : inner; }; }
    if ('@asyncThrow' in value) return async () => { await new Promise(r => setTimeout(r, value.delay ?? 1)); throw new Error(value['@asyncThrow']); };
    if ('@events' in value) return async function* () { for (const e of value['@events']) yield live(e); };
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = live(v);
    return out;
  }
  return value;
}

function plain(result) { return JSON.parse(JSON.stringify(result)); }

for (const c of data.cases) {
  const schema = buildSchema(data.schemas[c.schema ?? 'main']);
  let document;
  try { document = parse(c.query); } catch (e) { c.expected = plain({ errors: [e] }); continue; }
  if (c.validate !== false) {
    const errors = validate(schema, document);
    if (errors.length) { c.expected = plain({ errors }); continue; }
  }
  const rootValue = live(c.root ?? {});
  // Every case can call echo: it returns its coerced arguments (through the Json scalar, unchanged).
  rootValue.echo = (fieldArgs) => fieldArgs;
  const args = { schema, document, rootValue, variableValues: c.variables, operationName: c.operationName,
    options: c.maxCoercionErrors ? { maxCoercionErrors: c.maxCoercionErrors } : undefined };
  if (c.subscribe) {
    const result = await subscribe(args);
    if (result[Symbol.asyncIterator]) {
      const events = [];
      for await (const r of result) events.push(plain(r));
      c.expected = { events };
    } else c.expected = plain(result);
  } else {
    try { c.expected = plain(await execute(args)); } catch (e) { c.expected = { thrown: e.message }; }
  }
}
writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
console.log(`${data.cases.length} cases`);
