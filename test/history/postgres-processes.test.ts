/**
 * Validators in several processes on one PostgreSQL history (IWMO_PG_URL): what they record is what
 * a serial order would have recorded — nothing lost, nothing twice, and of two declarations with
 * one DeclaratieNummer exactly one accepted. The processes are `test/history/pg-writer.ts`, a
 * bounded number of them, on loopback, each killed after a time limit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { indexKeysOf } from '../../src/context/keys.js';
import { openPostgresHistory } from '../../src/adapters/postgres.js';
import { validateAsync } from '../../src/pipeline/async.js';
import { elfproef } from '../../src/rules/kit.js';
import { TODAY } from '../support/rules.js';
import { BSN1, basis301, declaratie, toewijzing, uren, uurPrestatie } from '../context/declaratie/scenario.js';
import { admin, describePg, freshSchema, testDatabase } from './pg-support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'iwmo-pg-proc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  readonly recording: string;
  readonly codes: readonly string[];
}

/**
 * Starts one writer per job, lets them all go at once when every one has opened the history, and
 * gives each one's outcomes in order. Fails when a writer fails or takes longer than the limit.
 */
async function race(url: string, schema: string, jobs: readonly (readonly string[])[], limitMs = 90_000): Promise<Outcome[][]> {
  const children = jobs.map((messages, i) => {
    const file = join(work, `${schema}-${i}.json`);
    writeFileSync(file, JSON.stringify({ url, schema, today: TODAY, messages }));
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/history/pg-writer.ts'), file], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const state = { out: '', err: '' };
    child.stdout.on('data', (d: Buffer) => (state.out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (state.err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    return { child, state, exited };
  });
  const timer = setTimeout(() => children.forEach((c) => c.child.kill('SIGKILL')), limitMs);
  try {
    // Every writer has opened the history (and migrated it, whoever came first): then all start at once.
    for (const c of children) {
      while (!c.state.out.startsWith('ready\n')) {
        if (c.child.exitCode !== null || c.child.signalCode !== null) throw new Error(`a writer ended before it was ready: ${c.state.err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    for (const c of children) c.child.stdin.end('go\n');
    const codes = await Promise.all(children.map((c) => c.exited));
    codes.forEach((code, i) => {
      if (code !== 0) throw new Error(`writer ${i} exited with ${code}: ${children[i]!.state.err}`);
    });
    return children.map((c) =>
      c.state.out
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Outcome),
    );
  } finally {
    clearTimeout(timer);
  }
}

function* bsns(): Generator<string> {
  for (let n = 300_000_000; ; n++) if (elfproef(String(n))) yield String(n);
}

describePg('PostgreSQL history: validators in several processes', () => {
  it('4 processes recording at once: every message recorded once, nothing lost, nothing twice', async () => {
    const url = await testDatabase();
    const schema = freshSchema('writers');
    const gen = bsns();
    let n = 0;
    const next = (): string => {
      n++;
      return toewijzing('JW', gen.next().value as string, [uren('JW', { nummer: String(50_000 + n) })], `301-${n}`);
    };
    // Five messages every process sends (the same bytes: recorded once, the others refused as a duplicate,
    // TR056), and 25 of each process's own.
    const shared = Array.from({ length: 5 }, next);
    const own = Array.from({ length: 4 }, () => Array.from({ length: 25 }, next));
    const jobs = own.map((mine, w) => [...shared.slice(w), ...mine.slice(0, 12), ...shared.slice(0, w), ...mine.slice(12)]);
    const outcomes = await race(url, schema, jobs);

    const byMessage = new Map<string, string[]>();
    jobs.forEach((job, w) => job.forEach((xml, i) => byMessage.set(xml, [...(byMessage.get(xml) ?? []), outcomes[w]![i]!.recording])));
    for (const xml of own.flat()) expect(byMessage.get(xml)).toEqual(['recorded']);
    for (const xml of shared) expect(byMessage.get(xml)!.sort()).toEqual(['recorded', 'rejected', 'rejected', 'rejected']);
    jobs.forEach((job, w) => job.forEach((xml, i) => shared.includes(xml) && outcomes[w]![i]!.recording === 'rejected' && expect(outcomes[w]![i]!.codes).toContain('TR056')));

    const history = await openPostgresHistory(url, { schema });
    let keyCount = 0;
    try {
      const stats = await history.stats();
      // Each message: its toewijzing and its identity (the `bericht` fact).
      expect(stats).toEqual({ facts: 210, messages: 105, byKind: { bericht: 105, toewijzing: 105 } });
      const nummers: string[] = [];
      for await (const f of history.exportFacts()) {
        keyCount += indexKeysOf(f).length;
        if (f.type === 'toewijzing') nummers.push(f.toewijzingNummer);
      }
      expect(nummers.sort()).toEqual(Array.from({ length: 105 }, (_, i) => String(50_001 + i)).sort());
      expect(await history.check()).toEqual([]);
    } finally {
      await history.close();
    }
    const keys = await admin((c) => c.query<{ n: string; d: string }>(`SELECT count(*) AS n, count(DISTINCT (key, seq)) AS d FROM ${schema}.fact_keys`), url);
    expect(keys.rows[0]).toEqual({ n: String(keyCount), d: String(keyCount) });
  });

  it('2 processes racing declarations with the same DeclaratieNummer: exactly one of each pair accepted', async () => {
    const url = await testDatabase();
    // Three races, each on a history of its own holding the toewijzingen.
    for (let r = 0; r < 3; r++) {
      const schema = freshSchema(`race${r}`);
      const history = await openPostgresHistory(url, { schema });
      try {
        for (const xml of basis301('JW')) expect((await validateAsync(xml, { today: TODAY, history })).valid).toBe(true);
      } finally {
        await history.close();
      }
      const decl = (w: 'A' | 'B'): string => declaratie('JW', `DR${r}`, '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW', { ref: `PR-${w}${r}` })] }], `323-${w}${r}`);
      const [a, b] = await race(url, schema, [[decl('A')], [decl('B')]]);
      const pair = [a![0]!, b![0]!];
      expect(pair.map((o) => o.recording).sort(), `round ${r}: ${JSON.stringify(pair)}`).toEqual(['recorded', 'rejected']);
      expect(pair.find((o) => o.recording === 'rejected')!.codes).toContain('TR333');
      const after = await openPostgresHistory(url, { schema });
      try {
        expect((await after.stats()).byKind).toMatchObject({ toewijzing: 2, declaratie: 1, prestatie: 1 });
      } finally {
        await after.close();
      }
    }
  });
});
