// Random documents over the validation test schema, each with graphql-js 17.1's validation errors (all specified
// rules), one JSON line per document: {"query": "...", "errors": [{"message", "locations"}]}.
// Usage: node fuzz.mjs <count> <seed> [noise]   (noise 1: many invalid parts; 0.05: mostly well-formed documents)
//        node fuzz.mjs 0 0 hostile                (documents that exhaust graphql-js's work budgets: "Validation aborted.")
//        node fuzz.mjs <count> <seed> sdl       (type system documents through validateSDL, some as extensions of
//                                                the test schema: {"query", "extendsSchema", "errors"})
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// graphql-js comes from the repository's one install, tests/oracle (GRAPHQL_JS: another folder with it in node_modules).
const require = createRequire(join(process.env.GRAPHQL_JS ?? join(here, '..', '..', '..', 'oracle'), 'noop.js'));
const g = require('graphql');
const { validateSDL } = require('graphql/validation/validate.js');
if (g.version !== '17.1.0') throw new Error(`graphql-js 17.1.0 expected, found ${g.version}`);
const src = readFileSync(join(here, '..', 'ValidationTestSchema.cs'), 'utf8');
const sdl = /\/\/ <sdl>\n\s*public const string Sdl = """\n([\s\S]*?)\n\s*""";/.exec(src)[1].replace(/^ {8}/gm, '');
const schema = g.buildSchema(sdl);
let seed = Number(process.argv[3] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const noise = process.argv[4] === 'sdl' ? 1 : Number(process.argv[4] ?? 1);
const noisy = (p) => rnd() < p * noise;
const composite = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && (g.isCompositeType(t)));
const allTypes = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const varPool = [['v', 'Boolean'], ['b', 'Boolean!'], ['i', 'Int'], ['s', 'String!'], ['c', 'ComplexInput'], ['l', '[String]'], ['e', 'FurColor = BROWN'], ['o', 'OneOfInput'], ['n', 'Int = null'], ['d', 'Dog']];
const aliases = ['a', 'b', 'x', 'name', 'nickname', 'mother'];
let vars, fragCountNow = 5;
function value(type, depth = 0) {
  if (noisy(0.12) && vars.length) return '$' + pick(vars)[0];
  if (noisy(0.08)) return pick(['null', '"str"', '1', '2.5', 'true', 'SIT', '[1]', '{ a: 1 }']);
  if (g.isNonNullType(type)) return value(type.ofType, depth);
  if (g.isListType(type)) return chance(0.3) ? value(type.ofType, depth + 1) : '[' + Array.from({ length: Math.floor(rnd() * 3) }, () => value(type.ofType, depth + 1)).join(', ') + ']';
  if (g.isInputObjectType(type)) {
    const fs = Object.values(type.getFields()).filter(() => chance(0.6)).map((f) => `${f.name}: ${depth > 2 ? 'null' : value(f.type, depth + 1)}`);
    if (noisy(0.1)) fs.push('unknownField: 1');
    if (noisy(0.1) && fs.length) fs.push(fs[0]);
    return '{ ' + fs.join(', ') + ' }';
  }
  if (g.isEnumType(type)) return !noisy(0.15) ? pick(type.getValues()).name : pick(['brown', 'BRWON', '"SIT"']);
  switch (type.name) {
    case 'Int': return pick(['1', '0', '-5', '99999999999']);
    case 'Float': return pick(['1.5', '2', '1e3']);
    case 'String': return pick(['"x"', '"""block"""', '"y"']);
    case 'Boolean': return pick(['true', 'false']);
    case 'ID': return pick(['"id"', '4']);
    default: return '"?"';
  }
}
function directives() {
  if (!chance(0.15)) return '';
  if (noise < 1) return ' ' + pick(['@include(if: $v)', '@skip(if: true)', '@onField', '@repeatable @repeatable']);
  return ' ' + pick(['@include(if: $v)', '@skip(if: true)', '@onField', '@repeatable @repeatable', '@unknown', '@include', '@skip(if: $b) @skip(if: false)', '@onInlineFragment', '@withArgs(req: 1)']);
}
function selectionSet(type, depth) {
  const n = 1 + Math.floor(rnd() * 4);
  const out = [];
  for (let k = 0; k < n; k++) {
    const r = rnd();
    if (r < 0.75) {
      let name, field;
      let fields = g.isObjectType(type) || g.isInterfaceType(type) ? Object.values(type.getFields()) : [];
      if (depth >= 3 && noise < 1) fields = fields.filter((f) => g.isLeafType(g.getNamedType(f.type)));
      if (noise < 1 && depth < 3 && fields.length && chance(0.5)) fields = fields.filter((f) => !g.isLeafType(g.getNamedType(f.type))).concat(fields.slice(0, 1));
      if (noisy(0.08) || fields.length === 0) name = pick(['__typename', 'unknownField', 'name', 'barks']);
      else { field = pick(fields); name = field.name; }
      field ??= (g.isObjectType(type) || g.isInterfaceType(type)) ? type.getFields()[name] : undefined;
      let s = (chance(noise < 1 ? 0.1 : 0.3) ? pick(aliases) + ': ' : '') + name;
      const args = [];
      if (field) for (const a of field.args) if (chance(0.5)) args.push(`${a.name}: ${value(a.type)}`);
      if (noisy(0.05)) args.push('bogus: 1');
      if (args.length) s += '(' + args.join(', ') + ')';
      s += directives();
      const nt = field ? g.getNamedType(field.type) : undefined;
      if ((nt && g.isCompositeType(nt) && depth < 4 && !noisy(0.05)) || noisy(0.03)) s += ' ' + selectionSet(nt ?? type, depth + 1);
      out.push(s);
    } else if (r < 0.87) {
      const cond = chance(0.2) ? '' : ' on ' + pick(!noisy(0.1) ? composite : allTypes).name;
      const t = cond ? schema.getType(cond.slice(4)) : type;
      out.push('...' + cond + directives() + ' ' + selectionSet(g.isCompositeType(t) ? t : type, depth + 1));
    } else {
      out.push('...F' + Math.floor(rnd() * (noise < 1 ? fragCountNow : 5)) + directives());
    }
  }
  return '{ ' + out.join(' ') + ' }';
}
function doc() {
  vars = varPool.filter(([n]) => chance(0.3) && (noise >= 1 || n !== 'd'));
  fragCountNow = 1 + Math.floor(rnd() * 4);
  const parts = [];
  const opCount = chance(0.85) ? 1 : 2;
  for (let o = 0; o < opCount; o++) {
    const kind = noise < 1 ? pick(['query', 'query', '']) : pick(['query', 'query', 'query', 'query', 'subscription', 'mutation', '']);
    const root = kind === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    const vd = vars.length ? '(' + vars.map(([n, t]) => `$${n}: ${t}`).join(', ') + ')' : '';
    const head = kind === '' ? '' : `${kind} ${chance(0.7) ? 'Op' + o : ''}${vd} `;
    parts.push(head + selectionSet(root, 0));
  }
  const fragCount = noise < 1 ? fragCountNow : Math.floor(rnd() * 5);
  for (let f = 0; f < fragCount; f++) {
    const t = pick(composite);
    parts.push(`fragment F${f} on ${t.name}${directives()} ${selectionSet(t, 1)}`);
  }
  return parts.join('\n');
}
// ---- type system documents
const sdlNames = ['A', 'B', 'C', 'Dog', 'Cat', 'FurColor', 'ComplexInput', 'String', 'Query', 'Pet', 'Strin', 'Unknown', 'CatOrDog', 'Human'];
const sdlDirs = ['@d', '@d(a: 1)', '@rep', '@rep', '@deprecated', '@deprecated(reason: "x")', '@deprecated(reasn: 1)', '@specifiedBy(url: "u")', '@specifiedBy', '@oneOf', '@unknown', '@skip(if: true)', '@onField', '@withArgs', '@d(a: 1, a: 2)', '@d(o: { x: 1, x: 2 })', '@include(if: true)'];
const sdlDirectives = () => chance(0.4) ? ' ' + Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(sdlDirs)).join(' ') : '';
const typeRef = () => { let t = pick(sdlNames); if (chance(0.2)) t = `[${t}]`; if (chance(0.3)) t += '!'; return t; };
const sdlArgs = () => chance(0.4) ? '(' + Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `${pick(['a', 'b', 'a'])}: ${typeRef()}${chance(0.2) ? ' = 1' : ''}${sdlDirectives()}`).join(', ') + ')' : '';
const sdlFields = (input) => '{ ' + Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `${pick(['f', 'g', 'f', 'name', 'barks', 'intField'])}${input ? '' : sdlArgs()}: ${typeRef()}${input && chance(0.2) ? ' = 2' : ''}${sdlDirectives()}`).join(' ') + ' }';
function sdlDefinition() {
  const ext = chance(0.3) ? 'extend ' : '';
  const n = pick(sdlNames);
  switch (Math.floor(rnd() * 10)) {
    case 0: return `${ext}scalar ${n}${sdlDirectives()}`;
    case 1: return `${ext}type ${n}${chance(0.2) ? ' implements ' + pick(sdlNames) : ''}${sdlDirectives()} ${sdlFields(false)}`;
    case 2: return `${ext}interface ${n}${sdlDirectives()} ${sdlFields(false)}`;
    case 3: return `${ext}union ${n}${sdlDirectives()} = ${pick(sdlNames)} | ${pick(sdlNames)}`;
    case 4: return `${ext}enum ${n}${sdlDirectives()} { ${pick(['X', 'Y', 'BROWN'])} ${pick(['X', 'Z'])}${sdlDirectives()} }`;
    case 5: return `${ext}input ${n}${sdlDirectives()} ${sdlFields(true)}`;
    case 6: return `${ext}schema${sdlDirectives()} { ${pick(['query', 'mutation', 'subscription'])}: ${pick(sdlNames)} ${chance(0.3) ? 'query: ' + pick(sdlNames) : ''} }`;
    case 7: return `directive @${pick(['d', 'rep', 'skip', 'd2'])}${sdlArgs()}${chance(0.3) ? ' repeatable' : ''} on ${pick(['FIELD', 'OBJECT | SCALAR', 'SCHEMA | ENUM_VALUE | INPUT_FIELD_DEFINITION', 'ARGUMENT_DEFINITION | FIELD_DEFINITION'])}`;
    case 8: return `extend directive @${pick(['d', 'rep', 'skip', 'deprecated'])}${sdlDirectives()}`;
    default: return `type ${n} ${sdlFields(false)}`;
  }
}
// Documents built to explode naive algorithms: graphql-js stops them with its complexity budget (overlapping
// fields) or its fragment work budget (recursively referenced fragments and variable usages).
function hostileDocuments() {
  const docs = [];
  const spreadsAll = [];
  for (let i = 0; i < 120; i++) spreadsAll.push(`fragment F${i} on Dog { x${i}: name ${Array.from({ length: i }, (_, j) => '...F' + j).join(' ')} }`);
  docs.push('{ dog { ...F119 } }\n' + spreadsAll.join('\n'));
  let nested = 'name';
  for (let i = 0; i < 14; i++) nested = `mother { ${nested} ...M } mother { ${nested} }`;
  docs.push(`{ dog { ${nested} } }\nfragment M on Dog { mother { name } }`);
  const chain = [];
  const operations = [];
  for (let i = 0; i < 300; i++) {
    chain.push(`fragment G${i} on QueryRoot { dog { name } ${i > 0 ? '...G' + (i - 1) : ''} }`);
    operations.push(`query Q${i} { ...G${i} }`);
  }
  docs.push(operations.join('\n') + '\n' + chain.join('\n'));
  return docs;
}

const n = Number(process.argv[2] ?? 500);
const out = [];
if (process.argv[4] === 'hostile') {
  for (const query of hostileDocuments()) {
    out.push(JSON.stringify({ query, errors: g.validate(schema, g.parse(query)).map((e) => ({ message: e.message, locations: e.locations ?? [] })) }));
  }
}
const toJson = (e) => ({ message: e.message, locations: e.locations ?? [] });
for (let k = 0; k < (process.argv[4] === 'hostile' ? 0 : n); k++) {
  if (process.argv[4] === 'sdl') {
    const query = Array.from({ length: 2 + Math.floor(rnd() * 6) }, sdlDefinition).join('\n');
    const extendsSchema = chance(0.4);
    let doc;
    try { doc = g.parse(query); } catch { continue; }
    out.push(JSON.stringify({ query, extendsSchema, errors: validateSDL(doc, extendsSchema ? schema : undefined).map(toJson) }));
  } else {
    const query = doc();
    out.push(JSON.stringify({ query, errors: g.validate(schema, g.parse(query)).map(toJson) }));
  }
}
process.stdout.write(out.join('\n') + '\n');
