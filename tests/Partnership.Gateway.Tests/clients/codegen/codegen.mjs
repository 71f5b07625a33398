// Usage: node codegen/codegen.mjs <schema.graphql> <output folder>
// graphql-codegen's client preset over the committed SDL, as docs/clients.md configures it (no running hub, no token),
// with persisted documents; prints the generated files' names and the persisted-documents manifest as JSON.
import { generate } from '@graphql-codegen/cli';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [schema, out] = process.argv.slice(2);
const here = new URL('.', import.meta.url).pathname;
await generate({
  schema,
  documents: join(here, '*.graphql'),
  generates: { [out + '/']: { preset: 'client', presetConfig: { persistedDocuments: true } } },
  silent: true,
}, true);
process.stdout.write(JSON.stringify({
  files: readdirSync(out).sort(),
  persisted: JSON.parse(readFileSync(join(out, 'persisted-documents.json'), 'utf8')),
}));
process.exit(0);
