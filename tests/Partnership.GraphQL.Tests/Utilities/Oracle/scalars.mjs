import { GraphQLInt, GraphQLFloat, GraphQLString, GraphQLBoolean, GraphQLID, parseValue } from '../../../oracle/graphql.mjs';
const scalars = {Int: GraphQLInt, Float: GraphQLFloat, String: GraphQLString, Boolean: GraphQLBoolean, ID: GraphQLID};
const vals = [1, 1.5, 2147483648, -2147483649, 1e21, 'abc', '12', '1.5', '', true, false, null, [1,2], {a:1}, NaN, Infinity, 0.1, -0, 123456789012];
for (const [n, s] of Object.entries(scalars)) {
  for (const v of vals) {
    for (const m of ['coerceOutputValue','coerceInputValue']) {
      let r; try { r = 'ok ' + JSON.stringify(s[m](v)); } catch (e) { r = 'err ' + e.message; }
      console.log(n, m, String(v), '=>', r);
    }
  }
  for (const lit of ['1', '1.5', '2147483648', '"abc"', 'true', 'null', 'ENUM', '[1]', '{a: 1}', '-0', '1e3']) {
    let r; try { r = 'ok ' + JSON.stringify(s.coerceInputLiteral(parseValue(lit))); } catch (e) { r = 'err ' + e.message; }
    console.log(n, 'literal', lit, '=>', r);
  }
}
