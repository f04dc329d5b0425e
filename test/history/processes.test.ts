/**
 * Crashes and concurrency with real processes on one SQLite file (the built CLI, `npm run build`
 * first): kill -9 while a large batch is recorded, four writers at once, and two declarations
 * racing for one DeclaratieNummer. Bounded: 20 kills, a few hundred messages per writer.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './batch.js';
import { openSqliteHistory } from '../../src/adapters/sqlite.js';
import type { Fact } from '../../src/context/facts.js';
import { BSN1, basis301, declaratie, uurPrestatie } from '../context/declaratie/scenario.js';
import { bsns, cliRun, writeToewijzingen } from './batch.js';

const TODAY = ['--today', '2026-12-10'];

/** What the history holds, read through a fresh connection (which must open). */
async function inspect(file: string): Promise<{ problems: readonly string[]; facts: string[]; messages: number }> {
  const h = await openSqliteHistory(file);
  try {
    const facts: string[] = [];
    for await (const f of h.exportFacts()) facts.push(JSON.stringify(f));
    return { problems: await h.check(), facts, messages: (await h.stats()).messages };
  } finally {
    await h.close();
  }
}

const toewijzingNummers = (facts: readonly string[]): string[] => facts.map((f) => JSON.parse(f) as Fact).flatMap((f) => (f.type === 'toewijzing' ? [f.toewijzingNummer] : []));

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build`');
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-processes-'));
});

describe('the SQLite history under crashes and concurrent processes', () => {
  it('kill -9 at random moments while a large batch is recorded: the history before it is intact, every message whole, the file sound', { timeout: 300_000 }, async () => {
    const db = join(dir, 'crash.db');
    // Every round records messages of its own (a message sent again would be refused as a duplicate, TR056, and record nothing).
    const ROUNDS = 20;
    const PER_ROUND = 400;
    const clients = bsns(40 + ROUNDS * PER_ROUND);
    writeToewijzingen(join(dir, 'before'), clients.slice(0, 40), 100_000);
    for (let round = 0; round < ROUNDS; round++) writeToewijzingen(join(dir, `round-${round}`), clients.slice(40 + round * PER_ROUND, 40 + (round + 1) * PER_ROUND), 200_000 + round * 2 * PER_ROUND);
    const first = await cliRun(['validate', '--context', join(dir, 'before'), '--store', db, '--quiet', ...TODAY]);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const baseline = await inspect(db);
    expect(baseline.facts).toHaveLength(3 * 40);

    let messages = baseline.messages;
    const outcomes = { killed: 0, finished: 0 };
    // How long a whole round takes on this machine now: the kills fall at random moments inside that time.
    let full = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const delay = round === 0 ? undefined : Math.floor(full * (0.05 + 0.55 * Math.random()));
      const started = Date.now();
      const r = await cliRun(['validate', '--context', join(dir, `round-${round}`), '--store', db, '--quiet', ...TODAY], delay);
      if (round === 0) full = Date.now() - started;
      if (r.signal === 'SIGKILL') outcomes.killed++;
      else {
        outcomes.finished++;
        expect(r.status, r.stderr).toBe(0);
      }
      const now = await inspect(db);
      expect(now.problems, `round ${round}, killed after ${delay} ms`).toEqual([]);
      // What was recorded before (the base and every earlier round) is all still there, in order.
      expect(now.facts.slice(0, baseline.facts.length)).toEqual(baseline.facts);
      expect(now.messages).toBeGreaterThanOrEqual(messages);
      // Every message is recorded whole (two toewijzingen and its identity) or not at all.
      expect(now.facts.length).toBe(3 * now.messages);
      expect(new Set(now.facts).size).toBe(now.facts.length);
      messages = now.messages;
    }
    console.info(`kill -9: ${outcomes.killed} runs killed, ${outcomes.finished} finished; ${messages - baseline.messages} of ${ROUNDS * PER_ROUND} batch messages recorded across the rounds`);
    // Rounds vary in speed on a shared machine: a quarter of them killed mid-batch proves the point.
    expect(outcomes.killed, 'runs are killed while they record').toBeGreaterThanOrEqual(ROUNDS / 4);
    const checked = await cliRun(['store', 'check', '--store', db]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  });

  it('four processes recording distinct messages into one file at once: nothing lost, nothing twice', { timeout: 300_000 }, async () => {
    const db = join(dir, 'four.db');
    const clients = bsns(4 * 150, 300_000_000);
    const folders = [0, 1, 2, 3].map((k) => {
      const folder = join(dir, `writer-${k}`);
      writeToewijzingen(folder, clients.slice(k * 150, (k + 1) * 150), 400_000 + k * 1000);
      return folder;
    });
    // Created first, so that the four start on an existing history (creating it at once is covered by migrate's own lock).
    expect((await cliRun(['store', 'stats', '--store', db])).status).toBe(0);
    const runs = await Promise.all(folders.map((f) => cliRun(['validate', '--context', f, '--store', db, '--quiet', ...TODAY])));
    for (const r of runs) expect(r.status, r.stdout + r.stderr).toBe(0);
    const now = await inspect(db);
    expect(now.problems).toEqual([]);
    expect(now.messages).toBe(600);
    expect(now.facts).toHaveLength(3 * 600);
    expect(new Set(now.facts).size).toBe(3 * 600);
    const expected = [0, 1, 2, 3].flatMap((k) => Array.from({ length: 300 }, (_, i) => String(400_000 + k * 1000 + i)));
    expect(toewijzingNummers(now.facts).sort()).toEqual(expected.sort());
  });

  it('two processes racing two declarations with the same DeclaratieNummer: exactly one is accepted', { timeout: 300_000 }, async () => {
    const base = join(dir, 'race-base');
    mkdirSync(base);
    basis301('JW').forEach((xml, i) => writeFileSync(join(base, `301-${i}.xml`), xml));
    // Three races, each on a history of its own holding the toewijzingen.
    for (const nummer of ['D9', 'D10', 'D11']) {
      const db = join(dir, `race-${nummer}.db`);
      expect((await cliRun(['validate', '--context', base, '--store', db, '--quiet', ...TODAY])).status).toBe(0);
      const files = ['A', 'B'].map((side) => {
        const file = join(dir, `${nummer}-${side}.xml`);
        writeFileSync(file, declaratie('JW', nummer, '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW', { ref: `PR-${nummer}-${side}` })] }], `323-${nummer}${side}`));
        return file;
      });
      const [a, b] = await Promise.all(files.map((f) => cliRun(['validate', f, '--store', db, '--format', 'json', ...TODAY])));
      expect([a!.status, b!.status].sort(), a!.stdout + b!.stdout + a!.stderr + b!.stderr).toEqual([0, 1]);
      expect((a!.status === 1 ? a! : b!).stdout).toContain('TR333');
      const now = await inspect(db);
      expect(now.problems).toEqual([]);
      expect(now.facts.map((f) => (JSON.parse(f) as Fact).type).filter((t) => t === 'declaratie')).toHaveLength(1);
    }
  });
});
