import { GraphQLSchema, GraphQLObjectType, GraphQLInterfaceType, GraphQLEnumType, GraphQLString, GraphQLInt, GraphQLID, GraphQLNonNull, printSchema } from '../../../oracle/graphql.mjs';
const risk = new GraphQLEnumType({ name: 'RiskLevel', values: { LOW: {}, HIGH_RISK: {}, VERY_HIGH: { deprecationReason: 'Use HighRisk' } } });
const node = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: new GraphQLNonNull(GraphQLID) } } });
const child = new GraphQLObjectType({ name: 'Child', description: 'A child known to at least one agency.', interfaces: [node], fields: {
  id: { type: new GraphQLNonNull(GraphQLID) }, name: { type: GraphQLString, description: 'The name used by services.' },
  risk: { type: new GraphQLNonNull(risk) }, legacyName: { type: GraphQLString, deprecationReason: 'Use `name`.' },
  shout: { type: GraphQLString, args: { times: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 2, description: 'How loud.' } } } } });
const query = new GraphQLObjectType({ name: 'Query', fields: { child: { type: child, args: { id: { type: new GraphQLNonNull(GraphQLID) } } } } });
process.stdout.write(printSchema(new GraphQLSchema({ query })));
