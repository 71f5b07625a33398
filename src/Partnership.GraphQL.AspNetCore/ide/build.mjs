// Bundles src/main.jsx (GraphiQL, React) into dist/graphiql.js and dist/graphiql.css, which the
// Partnership.GraphQL.AspNetCore project embeds. Runs after `npm ci` (postinstall) and from the project build.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: { graphiql: join(here, 'src', 'main.jsx') },
  outdir: join(here, 'dist'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  logLevel: 'warning',
  legalComments: 'linked',
});
console.log('GraphiQL bundle written to', join(here, 'dist'));
