/**
 * npm run bench:context — level 3: replaying an exchange through each history.
 *
 * Per client ten messages: a toewijzing (301, two products), four start/stop pairs on the first
 * product (305/307), and a declaration (323) on the second. Each message is judged against the ones
 * before it (all levels) and recorded; time per message should stay level as the history grows.
 *
 * Rows: `validate()` over a MemoryStore (synchronous; memory per stored toewijzing), and
 * `validateAsync()` — prefetch → check → commit, one unit of work per message — over MemoryHistory
 * and over an SQLite file in a temporary folder (synchronous=NORMAL, and FULL: an fsync per commit).
 * The ratio column compares with the MemoryStore row of the same size in the same run. A second
 * table splits the time per message of the SQLite rows into its steps.
 *
 *   npm run bench:context                 10,000 and 100,000 messages (FULL at 10,000 only)
 *   npm run bench:context -- 500          500 clients (5,000 messages)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openSqliteHistory } from '../src/adapters/sqlite.js';
import { MemoryStore } from '../src/context/store.js';
import { judgeMessage, validate } from '../src/pipeline/validate.js';
import { messageId, validateAsync } from '../src/pipeline/async.js';
import type { HistoryPort, HistoryUnit } from '../src/ports/history.js';
import { MemoryHistory } from '../src/ports/memory.js';
import type { Report } from '../src/report/types.js';
import { exchange } from './context-exchange.js';

const TODAY = '2026-12-10';
const now = (): number => Number(process.hrtime.bigint()) / 1e3; // µs

/** A history port that adds up where the time of its units goes (a few closures per call). */
class Timed implements HistoryPort {
  readonly us = { unit: 0, work: 0, load: 0, record: 0, loads: 0 };
  constructor(private readonly inner: HistoryPort) {}
  async unit<T>(scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
    const t0 = now();
    try {
      return await this.inner.unit(scope, async (u) => {
        const w0 = now();
        try {
          return await work({
            load: async (keys) => {
              const a = now();
              try {
                return await u.load(keys);
              } finally {
                this.us.load += now() - a;
                this.us.loads++;
              }
            },
            record: async (m) => {
              const a = now();
              try {
                return await u.record(m);
              } finally {
                this.us.record += now() - a;
              }
            },
          });
        } finally {
          this.us.work += now() - w0;
        }
      });
    } finally {
      this.us.unit += now() - t0;
    }
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

const rejectedOf = (r: Report, rejected: string[]): void => {
  if (!r.valid && rejected.length < 3) rejected.push(`${r.bericht}: ${r.issues.map((i) => `${i.code} ${i.path}`).join('; ')}`);
};
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Row {
  readonly store: string;
  readonly messages: number;
  readonly us: number;
  readonly memory?: string;
  readonly timed?: Timed;
}

async function memoryRow(messages: Buffer[], clients: number): Promise<Row> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = new MemoryStore();
  const rejected: string[] = [];
  const start = now();
  for (const m of messages) rejectedOf(validate(m, { context: store, today: TODAY }), rejected);
  const us = now() - start;
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  if (rejected.length) throw new Error(`the generated exchange must be clean; rejected: ${rejected.join(' | ')}`);
  if (store.all().length === 0) throw new Error('unreachable');
  return { store: 'MemoryStore, validate()', messages: messages.length, us, memory: `${(heap / 2 / clients / 1000).toFixed(1)} KB` };
}

async function asyncRow(store: string, messages: Buffer[], history: HistoryPort, timed?: Timed): Promise<Row> {
  gc();
  const rejected: string[] = [];
  const start = now();
  for (const m of messages) rejectedOf(await validateAsync(m, { history: timed ?? history, today: TODAY }), rejected);
  const us = now() - start;
  await history.close();
  if (rejected.length) throw new Error(`${store}: the generated exchange must be clean; rejected: ${rejected.join(' | ')}`);
  return { store, messages: messages.length, us, timed };
}

/** Levels 1–2 alone and the SHA-256 of the message: the part of every row that needs no history. */
async function aloneUs(messages: Buffer[]): Promise<{ levels: number; sha: number }> {
  let start = now();
  for (const m of messages) judgeMessage(m, { today: TODAY });
  const levels = (now() - start) / messages.length;
  start = now();
  for (const m of messages) await messageId(m);
  return { levels, sha: (now() - start) / messages.length };
}

const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-bench-'));
const sizes = process.argv[2] ? [Number(process.argv[2])] : [1_000, 10_000];
const rows: Row[] = [];
const split: string[] = [];
try {
  for (const clients of sizes) {
    const messages = exchange(clients);
    const memory = await memoryRow(messages, clients);
    rows.push(memory);
    rows.push(await asyncRow('MemoryHistory, validateAsync()', messages, new MemoryHistory()));
    for (const sync of ['normal', 'full'] as const) {
      if (sync === 'full' && clients > 1_000 && !process.argv[2]) continue; // an fsync per message: 10,000 messages tell it
      const history = await openSqliteHistory(join(dir, `${sync}-${clients}.db`), { synchronous: sync });
      const timed = new Timed(history);
      rows.push(await asyncRow(`SQLite, synchronous=${sync.toUpperCase()}`, messages, history, timed));
    }
    const alone = await aloneUs(messages.slice(0, 10_000));
    for (const r of rows.filter((x) => x.timed && x.messages === messages.length)) {
      const n = r.messages;
      const t = r.timed!.us;
      const perMessage = r.us / n;
      const outside = perMessage - t.unit / n;
      const cells = [
        r.store,
        String(n),
        perMessage.toFixed(1),
        alone.levels.toFixed(1),
        alone.sha.toFixed(1),
        Math.max(0, outside - alone.levels - alone.sha).toFixed(1),
        ((t.work - t.load - t.record) / n).toFixed(1),
        `${(t.load / n).toFixed(1)} (${(t.loads / n).toFixed(1)} queries)`,
        (t.record / n).toFixed(1),
        ((t.unit - t.work) / n).toFixed(1),
      ];
      split.push(cells.join(' | '));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('store | messages | ms | messages/s | µs per message | ratio to MemoryStore | memory per stored toewijzing');
console.log('--- | --- | --- | --- | --- | --- | ---');
for (const r of rows) {
  const memory = rows.find((x) => x.messages === r.messages && x.memory !== undefined)!;
  console.log(
    [r.store, r.messages, (r.us / 1000).toFixed(0), Math.round(r.messages / (r.us / 1e6)), (r.us / r.messages).toFixed(1), `${(r.us / memory.us).toFixed(2)}×`, r.memory ?? '—'].join(' | '),
  );
}
console.log('');
console.log('Where the time of an SQLite message goes (µs per message):');
console.log('');
console.log('store | messages | total | levels 1–2 | SHA-256 | rest outside the unit | keys, snapshot, level 3 | load | record | BEGIN + COMMIT');
console.log('--- | --- | --- | --- | --- | --- | --- | --- | --- | ---');
for (const line of split) console.log(line);
