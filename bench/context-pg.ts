/**
 * npm run bench:context (its PostgreSQL part, when IWMO_PG_URL is set) — level 3 through
 * validateAsync() on a PostgreSQL history: the exchange of bench/context.ts (per client a
 * toewijzing, four start/stop pairs and a declaration), every message judged (all levels) and
 * recorded in its own transaction.
 *
 *   eval "$(scripts/pg-test-server.sh start)"
 *   node --import tsx bench/context-pg.ts              # every row below
 *   node --import tsx bench/context-pg.ts 10000 2 off  # one row: messages, processes, on|off (synchronous_commit) or memory
 *
 * The memory rows are the same pipeline over MemoryHistory, measured in the same run: the reference
 * for the cost of the database (the machine's load changes the absolute numbers).
 *
 * Each row runs in child processes (1 or 2), started and connected before the clock starts. Two
 * processes each replay half the messages for a different aanbieder: their scopes differ, so they
 * never wait for each other's lock — this measures how far the database scales, not the lock.
 * Messages/s is all messages over the wall time from the start signal to the last process done.
 * The breakdown (per message, averaged over the processes): levels 1–2 and the message's hash
 * before the unit; BEGIN + lock + COMMIT (+ taking a pooled connection); the loads; the record; the
 * judging of level 3 in between.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgresHistory } from '../src/adapters/postgres.js';
import { checkAsync } from '../src/pipeline/async.js';
import { MemoryHistory } from '../src/ports/memory.js';
import type { HistoryPort } from '../src/ports/history.js';
import { exchange } from './context-exchange.js';

const url = process.env.IWMO_PG_URL;
const TODAY = '2026-12-10';

interface Result {
  readonly messages: number;
  readonly ms: number;
  readonly rejected: readonly string[];
  /** Microseconds per message. */
  readonly before: number;
  readonly txn: number;
  readonly load: number;
  readonly loads: number;
  readonly record: number;
  readonly judge: number;
}

type Backend = 'memory' | 'on' | 'off';

async function child(schema: string, clients: number, aanbieder: string, backend: Backend): Promise<void> {
  const messages = exchange(clients, aanbieder);
  const history = backend === 'memory' ? new MemoryHistory() : await openPostgresHistory(url!, { schema, max: 2, synchronousCommit: backend === 'on' });
  const t = { unit: 0n, work: 0n, load: 0n, record: 0n, loads: 0 };
  const timed: HistoryPort = {
    close: async () => {},
    unit: async (scope, work) => {
      const u0 = process.hrtime.bigint();
      try {
        return await history.unit(scope, async (unit) => {
          const w0 = process.hrtime.bigint();
          try {
            return await work({
              load: async (keys) => {
                const l0 = process.hrtime.bigint();
                t.loads++;
                try {
                  return await unit.load(keys);
                } finally {
                  t.load += process.hrtime.bigint() - l0;
                }
              },
              record: async (m) => {
                const r0 = process.hrtime.bigint();
                try {
                  return await unit.record(m);
                } finally {
                  t.record += process.hrtime.bigint() - r0;
                }
              },
            });
          } finally {
            t.work += process.hrtime.bigint() - w0;
          }
        });
      } finally {
        t.unit += process.hrtime.bigint() - u0;
      }
    },
  };
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const rejected: string[] = [];
  const start = process.hrtime.bigint();
  for (const m of messages) {
    const r = await checkAsync(m, { today: TODAY, history: timed });
    if (r.recording !== 'recorded' && rejected.length < 3) rejected.push(`${r.report.bericht} ${r.recording}: ${r.report.issues.map((i) => `${i.code} ${i.path}`).join('; ')}`);
  }
  const total = process.hrtime.bigint() - start;
  await history.close();
  const per = (ns: bigint): number => Number(ns) / 1000 / messages.length;
  const result: Result = {
    messages: messages.length,
    ms: Number(total) / 1e6,
    rejected,
    before: per(total - t.unit),
    txn: per(t.unit - t.work),
    load: per(t.load),
    loads: t.loads / messages.length,
    record: per(t.record),
    judge: per(t.work - t.load - t.record),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function row(messages: number, processes: number, backend: Backend): Promise<void> {
  const schema = `bench_${process.pid}_${messages}_${processes}_${backend}`;
  const clients = messages / 10 / processes;
  const script = fileURLToPath(import.meta.url);
  const kids = Array.from({ length: processes }, (_, i) => {
    const c = spawn(process.execPath, ['--import', 'tsx', script, '--child', schema, String(clients), String(56781234 + i * 11), backend], {
      cwd: join(dirname(script), '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const state = { out: '' };
    c.stdout.on('data', (d: Buffer) => (state.out += d.toString()));
    const done = new Promise<number | null>((r) => c.on('close', r));
    return { c, state, done };
  });
  for (const k of kids) {
    while (!k.state.out.startsWith('ready\n')) {
      if (k.c.exitCode !== null) throw new Error('a bench process ended before it was ready');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const start = process.hrtime.bigint();
  for (const k of kids) k.c.stdin.end('go\n');
  const codes = await Promise.all(kids.map((k) => k.done));
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (codes.some((c) => c !== 0)) throw new Error(`a bench process failed: ${codes.join(', ')}`);
  const results = kids.map((k) => JSON.parse(k.state.out.split('\n')[1]!) as Result);
  const rejected = results.flatMap((r) => r.rejected);
  if (rejected.length) throw new Error(`the generated exchange must be clean; not recorded: ${rejected.join(' | ')}`);
  const avg = (f: (r: Result) => number): string => (results.reduce((s, r) => s + f(r), 0) / results.length).toFixed(0);
  console.log(
    `${backend === 'memory' ? 'memory (reference)' : `PostgreSQL, synchronous_commit ${backend}`} | ${messages} | ${processes} | ${wall.toFixed(0)} | ${Math.round(messages / (wall / 1000))} | ${((wall * 1000) / messages).toFixed(0)} | ` +
      `${avg((r) => r.before)} | ${avg((r) => r.txn)} | ${avg((r) => r.load)} (${(results[0]!.loads).toFixed(1)}×) | ${avg((r) => r.record)} | ${avg((r) => r.judge)}`,
  );
  if (backend === 'memory') return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}

if (process.argv[2] === '--child') {
  const [, , , schema, clients, aanbieder, sync] = process.argv;
  await child(schema!, Number(clients), aanbieder!, sync as Backend);
} else if (!url) {
  console.log('PostgreSQL: skipped (set IWMO_PG_URL, e.g. eval "$(scripts/pg-test-server.sh start)")');
} else {
  const one = process.argv[2] ? [[Number(process.argv[2]), Number(process.argv[3] ?? 1), (process.argv[4] ?? 'on') as Backend] as const] : undefined;
  const rows: readonly (readonly [number, number, Backend])[] = one ?? [
    [10_000, 1, 'memory'],
    [10_000, 1, 'on'],
    [10_000, 2, 'on'],
    [10_000, 1, 'off'],
    [10_000, 2, 'off'],
    [100_000, 1, 'memory'],
    [100_000, 1, 'off'],
    [100_000, 2, 'off'],
  ];
  console.log('Level 3 through validateAsync(): µs per message; before = levels 1–2 and the hash, txn = BEGIN + lock + COMMIT (+ pool), load = the loads (count), judge = level 3 over the snapshot');
  console.log('history | messages | processes | ms | messages/s | µs per message (wall) | before | txn | load | record | judge');
  console.log('--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---');
  for (const [messages, processes, sync] of rows) await row(messages, processes, sync);
}
