import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library and the command line share one chunk with the compiled validators.
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
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
