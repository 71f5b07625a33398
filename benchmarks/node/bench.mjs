// Times graphql-js 17.1.0 on the same documents as the BenchmarkDotNet project (benchmarks/documents):
// parse, validate, execute, and parse + validate + execute + JSON.stringify (a whole uncached request).
//
//   node benchmarks/node/bench.mjs [--seconds 2] [--json]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate, version } from '../../tests/oracle/graphql.mjs';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'documents');
const read = (file) => readFileSync(join(folder, file), 'utf8');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 2;
const asJson = args.includes('--json');

const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('root.json'));

function measure(fn) {
  // Warm up until the JIT settles, then count operations for the given time.
  const warmUntil = performance.now() + Math.min(1000, seconds * 500);
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 16; i++) fn();
    ops += 16;
    now = performance.now();
  }
  const elapsedMs = now - start;
  return { opsPerSecond: (ops * 1000) / elapsedMs, meanMicroseconds: (elapsedMs * 1000) / ops };
}

const rows = [];
for (const name of ['small', 'introspection', 'large']) {
  const text = read(`${name}.graphql`);
  const variablesFile = `${name}.variables.json`;
  const variableValues = existsSync(join(folder, variablesFile)) ? JSON.parse(read(variablesFile)) : undefined;
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name}: ${errors[0].message}`);
  const check = execute({ schema, document, rootValue, variableValues });
  if (check.errors) throw new Error(`${name}: ${check.errors[0].message}`);

  rows.push({ document: name, phase: 'parse', ...measure(() => parse(text)) });
  rows.push({ document: name, phase: 'validate', ...measure(() => validate(schema, document)) });
  rows.push({ document: name, phase: 'execute', ...measure(() => execute({ schema, document, rootValue, variableValues })) });
  rows.push({
    document: name,
    phase: 'parse+validate+execute+serialize',
    ...measure(() => {
      const doc = parse(text);
      if (validate(schema, doc).length > 0) throw new Error('invalid');
      return JSON.stringify(execute({ schema, document: doc, rootValue, variableValues }));
    }),
  });
}

if (asJson) {
  process.stdout.write(JSON.stringify({ graphqlJs: version, node: process.version, seconds, rows }, null, 2) + '\n');
} else {
  console.log(`graphql-js ${version} on node ${process.version}, ${seconds} s per measurement`);
  console.log('| document | phase | ops/s | mean µs |');
  console.log('| --- | --- | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.document} | ${r.phase} | ${r.opsPerSecond.toFixed(0)} | ${r.meanMicroseconds.toFixed(1)} |`);
  }
}
