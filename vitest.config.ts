import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks may start servers or build the browser page once per file.
    hookTimeout: 120_000,
  },
});
