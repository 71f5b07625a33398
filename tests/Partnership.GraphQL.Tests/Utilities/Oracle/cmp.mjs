import { buildSchema, isTypeSubTypeOf, doTypesOverlap, GraphQLList, GraphQLNonNull, GraphQLInt } from '../../../oracle/graphql.mjs';
const s = buildSchema(`type Query { a: Int }
interface Node { id: ID }
interface Named implements Node { id: ID name: String }
type Dog implements Node & Named { id: ID name: String }
type Cat implements Node { id: ID }
type Fish { f: Int }
union Pet = Dog | Cat
union Wet = Fish`);
const T = n => s.getType(n);
console.log(isTypeSubTypeOf(s, new GraphQLList(new GraphQLNonNull(T('Dog'))), new GraphQLList(T('Node'))), isTypeSubTypeOf(s, T('Named'), T('Node')), isTypeSubTypeOf(s, T('Node'), T('Named')), isTypeSubTypeOf(s, T('Cat'), T('Pet')), isTypeSubTypeOf(s, new GraphQLList(T('Dog')), T('Node')));
console.log(doTypesOverlap(s, T('Pet'), T('Named')), doTypesOverlap(s, T('Node'), T('Cat')), doTypesOverlap(s, T('Dog'), T('Pet')), doTypesOverlap(s, T('Wet'), T('Pet')), doTypesOverlap(s, T('Fish'), T('Node')), doTypesOverlap(s, T('Dog'), T('Cat')));
