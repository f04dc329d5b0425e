import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library, the command line and its worker share one chunk with the compiled validators.
    // `node`: the Node-only entry (SQLite, PostgreSQL); better-sqlite3 stays an external dependency.
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
]);
