// The repository's one graphql-js 17.1.0 install is this folder's (package.json, package-lock.json; scripts/setup.sh
// runs `npm ci` here). Scripts elsewhere (benchmarks/node, the type-system oracle scripts) import graphql-js through
// this module, since a bare 'graphql' import resolves from the importing file's own folder.
export * from 'graphql';
export { validateSDL } from 'graphql/validation/validate.js';
export { inspect } from 'graphql/jsutils/inspect.js';
