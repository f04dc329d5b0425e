/** Writes fixtures/variants/ from test/variants/scenarios.ts:  npx tsx test/variants/write-fixtures.ts */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, renderFixtures } from './fixtures.js';

rmSync(FIXTURES, { recursive: true, force: true });
for (const [name, content] of renderFixtures()) {
  mkdirSync(dirname(join(FIXTURES, name)), { recursive: true });
  writeFileSync(join(FIXTURES, name), content);
}
console.log(`fixtures written to ${FIXTURES}`);

