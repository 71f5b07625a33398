import { buildSchema, astFromValue, print, GraphQLInt, GraphQLFloat, GraphQLString, GraphQLID, GraphQLBoolean, GraphQLList, GraphQLNonNull } from '../../../oracle/graphql.mjs';
import { inspect } from '../../../oracle/graphql.mjs';
const s = buildSchema(`type Query { a: Int } input In { a: Int, b: [String], c: E } enum E { A B }`);
const cases = [
 [GraphQLInt, 1], [GraphQLInt, 1.0], [GraphQLFloat, 1.5], [GraphQLFloat, 1e21], [GraphQLFloat, 1e-7], [GraphQLFloat, 123.456], [GraphQLString, 'a\nb"c'],
 [GraphQLID, '123'], [GraphQLID, '01'], [GraphQLID, 'abc'], [GraphQLBoolean, true], [new GraphQLList(GraphQLInt), [1, 2]], [new GraphQLList(GraphQLInt), 3],
 [new GraphQLNonNull(GraphQLInt), null], [GraphQLInt, null], [s.getType('In'), { a: 1, b: ['x', 'y'], c: 'B' }], [s.getType('E'), 'A'],
];
for (const [t, v] of cases) { const a = astFromValue(v, t); console.log(String(t), JSON.stringify(v), '=>', a === null ? 'null' : print(a)); }
for (const v of [0.1, 1e21, 1.5e-7, -0, 123456789.123, 5e-324, 1.7976931348623157e308, 100, 1e20, 2**53, 0.000001, 1234.5e10]) console.log('num', String(v), inspect(v));
console.log(inspect({a: [1, {b: {c: {d: 1}}}], s: "x"}), inspect([1,2,3,4,5,6,7,8,9,10,11,12]), inspect([[[[1]]]]), inspect({}), inspect([]));
