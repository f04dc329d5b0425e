// After tsup: the CommonJS entries get the same declarations as the ES module entries they load.
import { copyFileSync } from 'node:fs';

for (const entry of ['index', 'node']) copyFileSync(`dist/${entry}.d.ts`, `dist/${entry}.d.cts`);
