/**
 * Group commit on the SQLite history, at the storage level: units that each load one key and record
 * one small message, one caller at a time (each unit its own transaction) against all in flight at
 * once (units that wait join the open transaction, at most 32 to a commit), with synchronous FULL
 * (an fsync per commit) and NORMAL. End to end the gain shows where commits wait for the disk: a
 * service with concurrent requests on a slow disk; a single caller gets one transaction per unit.
 *
 *   npx tsx bench/group-commit.ts [units]        (default 3,000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteHistory } from '../src/adapters/sqlite.js';
import type { HistoryPort, MessageRecord } from '../src/ports/history.js';

const units = Number(process.argv[2] ?? 3000);
const key = (i: number): string => `b|iJw|0344|436|m${i}`;
const message = (i: number): MessageRecord => ({
  id: `m${i}`,
  bericht: 'JW301',
  facts: [{ fact: { type: 'bericht', standaard: 'iJw', afzender: '0344', berichtCode: '436', identificatie: `m${i}`, dagtekening: '2026-01-01' } as never, keys: [key(i)] }],
});
const unit = (h: HistoryPort, i: number): Promise<boolean> =>
  h.unit('s', async (u) => {
    await u.load([key(i)]);
    return u.record(message(i));
  });

const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-group-bench-'));
try {
  console.log(`\nSQLite units (${units.toLocaleString('en')} each): µs per unit\n\nsynchronous | one at a time | all in flight | ratio`);
  console.log('--- | ---: | ---: | ---:');
  for (const synchronous of ['full', 'normal'] as const) {
    const us: number[] = [];
    for (const inFlight of [false, true]) {
      const h = await openSqliteHistory(join(dir, `${synchronous}-${inFlight}.db`), { synchronous });
      const t0 = performance.now();
      if (inFlight) await Promise.all(Array.from({ length: units }, (_, i) => unit(h, i)));
      else for (let i = 0; i < units; i++) await unit(h, i);
      us.push(((performance.now() - t0) * 1000) / units);
      if ((await h.stats()).messages !== units) throw new Error('not every unit was recorded');
      await h.close();
    }
    console.log(`${synchronous.toUpperCase()} | ${us[0]!.toFixed(1)} | ${us[1]!.toFixed(1)} | ${(us[0]! / us[1]!).toFixed(1)}×`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
