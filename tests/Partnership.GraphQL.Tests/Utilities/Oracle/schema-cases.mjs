import { buildSchema, printSchema, printIntrospectionSchema, validateSchema, parse } from '../../../oracle/graphql.mjs';
import { validateSDL } from '../../../oracle/graphql.mjs';
import { readFileSync, readdirSync } from 'fs';
// graphql-js keeps validateSDL internal-ish; use the exported one if present.
const out = [];
for (const f of readdirSync(new URL('cases', import.meta.url)).sort()) {
  const sdl = readFileSync(new URL('cases/' + f, import.meta.url), 'utf8');
  const c = { name: f.replace('.graphql', ''), sdl };
  try {
    const s = buildSchema(sdl);
    c.print = printSchema(s);
    c.types = Object.keys(s.getTypeMap()).join(' ');
    c.validation = validateSchema(s).map(e => e.message + ' @ ' + (e.locations ?? []).map(l => l.line + ':' + l.column).join(','));
  } catch (e) {
    c.buildError = e.message;
    try {

      c.sdlErrors = validateSDL(parse(sdl)).map(e => e.message + ' @ ' + (e.locations ?? []).map(l => l.line + ':' + l.column).join(','));
    } catch (e2) { c.sdlErrors = ['?? ' + e2.message]; }
  }
  out.push(c);
}
const s = buildSchema('type Query { a: Int }');
console.log(JSON.stringify({ cases: out, introspection: printIntrospectionSchema(s) }));
