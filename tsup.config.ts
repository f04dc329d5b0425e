import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library, the command line (with the service) and the workers share one chunk with the compiled validators.
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts', 'pool-worker': 'src/adapters/pool-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    clean: true,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: false,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: false,
  },
]);
