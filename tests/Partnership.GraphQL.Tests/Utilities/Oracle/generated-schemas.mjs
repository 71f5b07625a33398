import { buildSchema, printSchema, validateSchema } from '../../../oracle/graphql.mjs';
import { readFileSync } from 'fs';
const sdls = JSON.parse(readFileSync('sdls.json', 'utf8'));
const out = sdls.map((sdl) => {
  try {
    const s = buildSchema(sdl);
    let validation;
    try { validation = validateSchema(s).map(e => e.message + ' @ ' + (e.locations ?? []).map(l => l.line + ':' + l.column).join(',')); }
    catch (e) { return { sdl, crash: e.message }; }
    return { sdl, print: printSchema(s), types: Object.keys(s.getTypeMap()).join(' '), validation };
  } catch (e) { return { sdl, buildError: e.message }; }
});
console.log(JSON.stringify(out));
