import { writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * One build, ESM: the library, the command line and its worker share their chunks (the compiled
 * validators among them, one lazily built closure per message). The CommonJS entry is not a second
 * copy of the library: `dist/index.cjs` loads the ESM build with require() (Node >= 20.19 / 22.12
 * load an ES module synchronously), so the payload exists once.
 * Whitespace and syntax are minified (not the names).
 * date-fns is bundled (three rules use five of its functions; importing the package whole would
 * load hundreds of files at start-up), so the package has no runtime dependencies.
 */
const cjs = (entry: string): string => `'use strict';
// The CommonJS entry of iwmo-ijw: the ES module build, loaded synchronously (Node >= 20.19).
try {
  module.exports = require('./${entry}.js');
} catch (e) {
  if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) {
    throw new Error('iwmo-ijw: require() of this package needs Node.js 20.19 or later (or use import())', { cause: e });
  }
  throw e;
}
`;

export default defineConfig([
{
  // `node`: the Node-only entry (SQLite, PostgreSQL, files); the database drivers stay external.
  entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts', 'pool-worker': 'src/adapters/pool-worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  noExternal: ['date-fns'],
  // The database drivers are loaded only when a store of theirs is opened (better-sqlite3 is optional).
  external: ['better-sqlite3', 'pg', 'fastify'],
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
  sourcemap: false,
  // Less to read and parse at start-up; names stay, so stack traces stay readable.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  onSuccess: async () => {
    for (const entry of ['index', 'node']) writeFileSync(`dist/${entry}.cjs`, cjs(entry));
  },
},
{
  // The browser build of the neutral entry (the exports map's `browser` condition): an ES module with
  // no Node built-ins (a test bundles src/index.ts for the browser and fails on any), and the XSD
  // validators one chunk per message (`#validators` resolves to the lazy set under the `browser`
  // condition), which the user's bundler keeps as chunks loaded on demand.
  entry: { 'browser/index': 'src/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  noExternal: ['date-fns'],
  sourcemap: false,
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.chunkNames = 'browser/[name]-[hash]';
  },
},
]);
