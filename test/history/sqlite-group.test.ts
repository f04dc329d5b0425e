/**
 * Group commit on the SQLite history: units of concurrent callers share a transaction, each in a
 * savepoint of its own. What must hold: the verdicts are those of one message after the other; a
 * unit's promise settles only once its transaction is on disk (another connection sees it); a
 * failing unit is undone alone; tasks other than units never run inside a group's transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteHistory } from '../../src/adapters/sqlite.js';
import { messageId, validateAsync } from '../../src/pipeline/async.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import type { MessageRecord } from '../../src/ports/history.js';
import { TODAY } from '../support/rules.js';
import { exchange } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (): string => join(dir, `g${++n}.db`);

/** A message with one fact, as the pipeline records it. */
const record = (id: string): MessageRecord => ({
  id,
  bericht: 'JW301',
  facts: [{ fact: { type: 'bericht', standaard: 'iJw', afzender: '0344', berichtCode: '436', identificatie: id, dagtekening: TODAY } as never, keys: [`b|iJw|0344|436|${id}`] }],
});

describe('group commit on the SQLite history', () => {
  it('judges concurrent callers as one message after the other, and settles each only when another connection sees it', async () => {
    const messages = [...exchange('JW'), ...exchange('WMO')];
    const reference = new MemoryHistory();
    const expected = [];
    for (const m of messages) expected.push(await validateAsync(m, { history: reference, today: TODAY }));

    const path = file();
    const history = await openSqliteHistory(path);
    const observer = new Database(path, { readonly: true });
    const seen = observer.prepare('SELECT count(*) FROM messages WHERE id = ?').pluck();
    const version = observer.prepare('PRAGMA data_version').pluck();
    const versions = new Set<number>();
    try {
      const ids = await Promise.all(messages.map((m) => messageId(m)));
      const reports = await Promise.all(
        messages.map((m, i) =>
          validateAsync(m, { history, today: TODAY }).then((report) => {
            // Settled: an accepted message is already committed, visible to another connection.
            if (report.valid) {
              expect(seen.get(ids[i]), `message ${i + 1}`).toBe(1);
              versions.add(version.get() as number);
            }
            return report;
          }),
        ),
      );
      expect(reports.map((r) => JSON.stringify(r))).toEqual(expected.map((r) => JSON.stringify(r)));
      expect(reports.some((r) => !r.valid)).toBe(true); // the exchange has rejected messages in it
      // Fewer commits than recorded messages: units that waited joined a group.
      expect(versions.size).toBeLessThan(reports.filter((r) => r.valid).length);
      expect((await history.stats()).messages).toBe(reports.filter((r) => r.valid).length);
    } finally {
      observer.close();
      await history.close();
    }
  });

  it('undoes a failing unit alone: the units around it in its group are recorded', async () => {
    const history = await openSqliteHistory(file());
    try {
      const results = await Promise.allSettled([
        history.unit('s', async (u) => u.record(record('a'))),
        history.unit('s', async (u) => {
          await u.record(record('b'));
          throw new Error('the work of b failed');
        }),
        history.unit('s', async (u) => u.record(record('c'))),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toBe('the work of b failed');
      const ids = [];
      for await (const f of history.exportFacts()) ids.push((f as { identificatie: string }).identificatie);
      expect(ids).toEqual(['a', 'c']);
      expect((await history.stats()).messages).toBe(2);
    } finally {
      await history.close();
    }
  });

  it('commits what units left open before any other task (stats, import, export) runs', async () => {
    const path = file();
    const history = await openSqliteHistory(path);
    const observer = new Database(path, { readonly: true });
    try {
      // Queued in this order: a unit, stats, a unit. stats sees the first unit committed, not the second.
      const first = history.unit('s', async (u) => u.record(record('x')));
      const stats = history.stats().then((s) => ({ messages: s.messages, committed: observer.prepare('SELECT count(*) FROM messages').pluck().get() }));
      const second = history.unit('s', async (u) => u.record(record('y')));
      expect(await first).toBe(true);
      expect(await stats).toEqual({ messages: 1, committed: 1 });
      expect(await second).toBe(true);
      expect(observer.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(2);
    } finally {
      observer.close();
      await history.close();
    }
  });

  it('bounds a group: a long burst is committed in several transactions', async () => {
    const path = file();
    const history = await openSqliteHistory(path, { synchronous: 'normal' });
    const observer = new Database(path, { readonly: true });
    const version = observer.prepare('PRAGMA data_version').pluck();
    const versions = new Set<number>();
    try {
      const burst = Array.from({ length: 100 }, (_, i) => history.unit('s', async (u) => u.record(record(`m${i}`))).then(() => versions.add(version.get() as number)));
      await Promise.all(burst);
      expect((await history.stats()).messages).toBe(100);
      // At most 32 units a group: at least four commits; far fewer than one per unit.
      expect(versions.size).toBeGreaterThanOrEqual(4);
      expect(versions.size).toBeLessThan(20);
    } finally {
      observer.close();
      await history.close();
    }
  });
});
