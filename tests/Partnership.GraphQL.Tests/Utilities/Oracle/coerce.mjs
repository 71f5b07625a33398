import { buildSchema, parseValue, coerceInputValue, coerceInputLiteral, validateInputValue, validateInputLiteral } from '../../../oracle/graphql.mjs';
const schema = buildSchema(`
type Query { a: Int }
input In { a: Int!, b: [String], c: Color = RED, d: Nested }
input Nested { x: Float, y: [Int!]! }
input One @oneOf { a: Int, b: String, n: Nested }
enum Color { RED GREEN BLUE }
`);
const T = (s) => {
  const wrap = (t, rest) => rest.startsWith('!') ? null : null;
  // parse type strings like [Int!]!
  const parse = (str) => {
    if (str.endsWith('!')) return { nonNull: parse(str.slice(0, -1)) };
    if (str.startsWith('[')) return { list: parse(str.slice(1, -1)) };
    return str;
  };
  const build = (p) => typeof p === 'string' ? schema.getType(p) : p.nonNull ? new (schema.getType('Int').constructor === undefined ? Object : Object)() : null;
  return parse(s);
};
import { GraphQLList, GraphQLNonNull } from '../../../oracle/graphql.mjs';
function typeOf(str) {
  if (str.endsWith('!')) return new GraphQLNonNull(typeOf(str.slice(0, -1)));
  if (str.startsWith('[')) return new GraphQLList(typeOf(str.slice(1, -1)));
  return schema.getType(str);
}
const valueCases = [
  ['Int', 1], ['Int', 'x'], ['Int!', null], ['[Int]', 1], ['[Int]', [1, 'a', 2.5]], ['[Int!]', [1, null]],
  ['In', { a: 1 }], ['In', { b: ['x'] }], ['In', { a: 1, e: 2 }], ['In', { a: 1, bb: 2 }], ['In', 5], ['In', [1]], ['In', { a: 1, d: { y: [1, 'x'] } }],
  ['In', { a: 1, c: 'PURPLE' }], ['In', { a: 1, c: 'RED' }], ['In', { a: 1, c: 1 }], ['In!', undefined],
  ['One', { a: 1 }], ['One', { a: 1, b: 'x' }], ['One', {}], ['One', { a: null }], ['One', { n: { y: [] } }], ['Color', 'GREN'],
];
const out = { values: [], literals: [] };
for (const [t, v] of valueCases) {
  const type = typeOf(t);
  const coerced = coerceInputValue(v, type);
  const errors = [];
  validateInputValue(v, type, (e, path) => errors.push(e.message + ' | ' + JSON.stringify(path)));
  out.values.push({ type: t, value: v === undefined ? '__undefined' : v, coerced: coerced === undefined ? '__undefined' : coerced, errors });
}
const literalCases = [
  ['Int', '1'], ['Int', '"x"'], ['Int!', 'null'], ['[Int]', '1'], ['[Int]', '[1, "a", 2.5]'], ['In', '{a: 1}'], ['In', '{b: ["x"]}'],
  ['In', '{a: 1, e: 2}'], ['In', '{a: 1, bb: 2}'], ['In', '5'], ['In', '{a: 1, d: {y: [1, "x"]}}'], ['In', '{a: 1, c: PURPLE}'], ['In', '{a: 1, c: "RED"}'],
  ['One', '{a: 1}'], ['One', '{a: 1, b: "x"}'], ['One', '{}'], ['One', '{a: null}'], ['Color', 'GREN'], ['Color', 'RED'],
  ['In', '{a: $v}'], ['Int!', '$missing'], ['Int!', '$nul'], ['[Int]', '[1, $missing]'], ['One', '{a: $missing}'], ['One', '{a: $nul}'], ['One', '{a: $v}'],
];
const variables = { sources: {}, coerced: { v: 7, nul: null } };
for (const [t, lit] of literalCases) {
  const type = typeOf(t);
  const node = parseValue(lit);
  const coerced = coerceInputLiteral(node, type, variables);
  const errors = [];
  validateInputLiteral(node, type, (e, path) => errors.push(e.message + ' | ' + JSON.stringify(path) + ' | ' + (e.locations ?? []).map(l => l.line + ':' + l.column).join(',')), variables);
  const staticErrors = [];
  validateInputLiteral(node, type, (e, path) => staticErrors.push(e.message + ' | ' + JSON.stringify(path)));
  out.literals.push({ type: t, literal: lit, coerced: coerced === undefined ? '__undefined' : coerced, errors, staticErrors });
}
console.log(JSON.stringify(out, null, 1));
