import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library, the Node entry, the command line (with the service) and the workers share one
    // chunk with the compiled validators. `node`: the Node-only entry (SQLite, PostgreSQL); the database
    // drivers stay external dependencies.
    entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts', 'pool-worker': 'src/adapters/pool-worker.ts' },
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
