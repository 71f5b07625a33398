// Checks that every hand-written corpus case does what its author intended in graphql-js:
// each line's "expect" (and "expectMessage", "expectCount") against the oracle's answer.
// The xunit tests make the same check (CorpusIntentTests); this script is the quick loop while writing cases.
//
//   node tests/oracle/check-corpus.mjs [file.jsonl ...]    (default: every corpus file)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '..', 'Partnership.GraphQL.Tests', 'Differential', 'Corpus');
const schemaDir = join(corpusDir, 'Schemas');

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(corpusDir, f));

/** What the response shape says about the case: the same classification the C# harness uses. */
export function classify(response) {
  if ('internalError' in response) return 'internalError';
  if ('schemaErrors' in response) return 'schemaErrors';
  if (response.valid === true) return 'valid';
  if ('data' in response) return response.errors ? 'partial' : 'data';
  const first = response.errors?.[0]?.message ?? '';
  return first.startsWith('Syntax Error') ? 'syntax' : 'errors';
}

function satisfies(expect, kind) {
  if (expect === kind) return true;
  if (expect === 'valid') return kind === 'valid' || kind === 'data';
  if (expect === 'invalid') return kind === 'errors';
  return false;
}

let failures = 0;
let total = 0;
for (const file of files) {
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    const c = JSON.parse(line);
    if (c.schema && c.sdl === undefined) c.sdl = readFileSync(join(schemaDir, `${c.schema}.graphql`), 'utf8');
    c.__line = i + 1;
    return c;
  });
  const run = spawnSync(process.execPath, [join(here, 'oracle.mjs')], {
    input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const answers = run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  for (const [i, c] of cases.entries()) {
    total++;
    const response = answers[i];
    const kind = classify(response);
    const problems = [];
    if (!c.expect) problems.push('no "expect"');
    else if (!satisfies(c.expect, kind)) problems.push(`expected ${c.expect}, got ${kind}`);
    const messages = (response.errors ?? response.schemaErrors ?? []).map((e) => e.message);
    for (const want of [c.expectMessage ?? []].flat()) {
      if (!messages.some((m) => m.includes(want))) problems.push(`no message containing ${JSON.stringify(want)}`);
    }
    if (c.expectCount !== undefined && messages.length !== c.expectCount) {
      problems.push(`expected ${c.expectCount} errors, got ${messages.length}`);
    }
    if (problems.length > 0) {
      failures++;
      console.log(`${file.split('/').pop()}:${c.__line} [${c.group}] ${c.name}: ${problems.join('; ')}`);
      console.log(`    ${JSON.stringify(response).slice(0, 600)}`);
    }
  }
}
console.log(`${total} cases, ${failures} not as intended`);
process.exitCode = failures === 0 ? 0 : 1;
