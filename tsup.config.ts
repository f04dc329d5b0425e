import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library, the command line and its worker share one chunk with the compiled validators.
    entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    clean: true,
    dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
    sourcemap: false,
  },
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
    sourcemap: false,
  },
  {
    // The browser build of the neutral entry (the exports map's `browser` condition): one ES module,
    // no Node built-ins (a test bundles src/index.ts for the browser and fails on any).
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    splitting: false,
    sourcemap: false,
  },
]);
