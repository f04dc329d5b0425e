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
const CJS = `'use strict';
// The CommonJS entry of iwmo-ijw: the ES module build, loaded synchronously (Node >= 20.19).
try {
  module.exports = require('./index.js');
} catch (e) {
  if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) {
    throw new Error('iwmo-ijw: require() of this package needs Node.js 20.19 or later (or use import())', { cause: e });
  }
  throw e;
}
`;

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  noExternal: ['date-fns'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: false,
  // Less to read and parse at start-up; names stay, so stack traces stay readable.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  onSuccess: async () => {
    writeFileSync('dist/index.cjs', CJS);
  },
});
