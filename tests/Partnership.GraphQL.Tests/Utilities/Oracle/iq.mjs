import { getIntrospectionQuery } from '../../../oracle/graphql.mjs';
const out = {
  default: getIntrospectionQuery(),
  all: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, experimentalDirectiveDeprecation: true, oneOf: true, typeDepth: 3 }),
  none: getIntrospectionQuery({ descriptions: false, typeDepth: 0 }),
};
console.log(JSON.stringify(out));
