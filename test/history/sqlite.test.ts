/**
 * The SQLite history on real files in a temporary folder: the contract, persistence across
 * connections, and files it must refuse without touching them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION, openSqliteHistory, type SqliteHistory } from '../../src/adapters/sqlite.js';
import { openHistory } from '../../src/adapters/open.js';
import { checkAsync, validateAsync } from '../../src/pipeline/async.js';
import { HistoryError } from '../../src/ports/history.js';
import { TODAY } from '../support/rules.js';
import { BSN1, basis301, declaratie, uurPrestatie } from '../context/declaratie/scenario.js';
import { historyContract } from './contract.js';

let dir: string;
let n = 0;
const tmpFile = (name = `h${++n}.db`): string => join(dir, name);
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-sqlite-'));
});

historyContract('SQLite', async () => openSqliteHistory(tmpFile()));
historyContract('SQLite (synchronous NORMAL)', async () => openSqliteHistory(tmpFile(), { synchronous: 'normal' }));

/** Rejects with a HistoryError of this kind whose message names the file. */
async function refused(file: string, kind: string, text: RegExp): Promise<void> {
  const e = await openSqliteHistory(file).then(
    (h) => {
      void h.close();
      return undefined;
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(HistoryError);
  expect((e as HistoryError).kind).toBe(kind);
  expect((e as HistoryError).message).toContain(file);
  expect((e as HistoryError).message).toMatch(text);
  expect((e as HistoryError).message).not.toContain('\n');
}

describe('the SQLite history', () => {
  let open: SqliteHistory[] = [];
  afterEach(async () => {
    for (const h of open) await h.close();
    open = [];
  });
  const opened = async (file: string): Promise<SqliteHistory> => {
    const h = await openSqliteHistory(file);
    open.push(h);
    return h;
  };

  it('keeps what it recorded across connections, marked as ours with the schema version, in WAL mode', async () => {
    const file = tmpFile();
    const a = await opened(file);
    for (const xml of basis301('JW')) expect((await checkAsync(xml, { today: TODAY, history: a })).recording).toBe('recorded');
    await a.close();
    const b = await opened(file);
    expect(await b.stats()).toEqual({ facts: 4, messages: 2, byKind: { bericht: 2, toewijzing: 2 } });
    expect(await b.check()).toEqual([]);
    // The toewijzingen are found through the new connection: the declaration on them is accepted.
    const d = declaratie('JW', 'D5', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW')] }]);
    expect((await validateAsync(d, { today: TODAY, history: b })).valid).toBe(true);
    await b.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT version FROM migrations').pluck().all()).toEqual([1]);
    raw.close();
  });

  it('loads facts in the order recorded, each once, however many keys find them (more keys than one query takes)', async () => {
    const h = await opened(tmpFile());
    const facts = Array.from({ length: 300 }, (_, i) => ({
      type: 'levering' as const,
      soort: 'start' as const,
      standaard: 'iJw' as const,
      gemeente: '0599',
      aanbieder: '12345678',
      bsn: String(100000000 + i),
      begindatum: '2026-10-01',
      statusAanlevering: '1',
      dagtekening: '2026-10-02',
    }));
    await h.unit('s', async (u) => {
      await u.record({ id: 'm1', bericht: 'JW305', facts: facts.map((fact, i) => ({ fact, keys: [`k${i}`, `all`, `k${i}`] })) });
    });
    const keys = [...facts.map((_, i) => `k${299 - i}`), 'all', 'missing'];
    const loaded = await h.unit('s', async (u) => u.load(keys));
    expect(loaded.length).toBe(300);
    expect(loaded.map((f) => (f.fact as { bsn: string }).bsn)).toEqual(facts.map((f) => f.bsn));
    expect(loaded.map((f) => f.seq)).toEqual([...loaded.map((f) => f.seq)].sort((x, y) => x - y));
  });

  it('rolls back what a failing unit recorded, and the next unit still runs', async () => {
    const h = await opened(tmpFile());
    const xml = basis301('JW')[0]!;
    await expect(
      h.unit('s', async (u) => {
        await u.record({ id: 'x', bericht: 'JW301', facts: [] });
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect((await h.stats()).messages).toBe(0);
    expect((await checkAsync(xml, { today: TODAY, history: h })).recording).toBe('recorded');
  });

  it('runs the units of one connection one after the other, never interleaved', async () => {
    const h = await opened(tmpFile());
    const order: string[] = [];
    const unit = (name: string) =>
      h.unit(name, async (u) => {
        order.push(`${name} start`);
        await u.load(['a']);
        await new Promise((r) => setTimeout(r, 5));
        await u.load(['b']);
        order.push(`${name} end`);
      });
    await Promise.all([unit('one'), unit('two'), unit('three')]);
    expect(order).toEqual(['one start', 'one end', 'two start', 'two end', 'three start', 'three end']);
  });

  it('fails as locked when another connection holds the write lock past the busy timeout', async () => {
    const file = tmpFile();
    await (await opened(file)).close();
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const h = await openSqliteHistory(file, { busyTimeout: 50 });
      open.push(h);
      const r = await checkAsync(basis301('JW')[0]!, { today: TODAY, history: h });
      expect(r.recording).toBe('failed');
      expect(r.report.valid).toBe(false);
      expect(r.report.issues[0]).toMatchObject({ code: 'history.failed' });
      expect(r.report.issues[0]!.message).toContain('locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('finds a fact filed under the wrong kind or missing a key (store check)', async () => {
    const file = tmpFile();
    const h = await opened(file);
    for (const xml of basis301('JW')) await validateAsync(xml, { today: TODAY, history: h });
    await h.close();
    const raw = new Database(file);
    const [first, second] = raw.prepare(`SELECT seq FROM facts WHERE kind = 'toewijzing' ORDER BY seq`).pluck().all() as number[];
    raw.exec(`UPDATE facts SET kind = 'levering' WHERE seq = ${first}; DELETE FROM fact_keys WHERE seq = ${second} AND key LIKE 'tc|%'`);
    raw.close();
    const again = await opened(file);
    const problems = await again.check();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`fact ${first}: filed as levering but is a toewijzing`));
    expect(problems[1]).toMatch(new RegExp(`fact ${second}: not filed under its key tc\\|`));
  });

  it('creates a database in an existing folder and refuses a missing folder, naming it', async () => {
    await refused(join(dir, 'no-such-folder', 'h.db'), 'unavailable', /folder .*no-such-folder does not exist/);
    await refused(dir, 'unavailable', /is a folder/);
  });

  it('refuses, untouched, a JSON Lines facts file (naming the import command), a foreign file, a foreign or newer SQLite database and a damaged one', async () => {
    const jsonl = tmpFile('old.jsonl');
    writeFileSync(jsonl, '  {"type":"toewijzing","standaard":"iJw"}\n');
    const text = tmpFile('notes.db');
    writeFileSync(text, 'these are not facts, and no database either\n');
    const foreign = tmpFile('other-app.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    const newer = tmpFile('newer.db');
    await (await opened(newer)).close();
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const damaged = tmpFile('damaged.db');
    const d = await opened(damaged);
    for (const xml of basis301('JW')) await validateAsync(xml, { today: TODAY, history: d });
    await d.close();
    const bytes = readFileSync(damaged);
    bytes.fill(0x5a, 100, 4096); // the schema page: SQLite cannot read what the file holds
    writeFileSync(damaged, bytes);
    const cut = tmpFile('cut.db');
    writeFileSync(cut, 'SQLite for');

    const files = [jsonl, text, foreign, newer, damaged, cut];
    const before = files.map(sha);
    await refused(jsonl, 'foreign', /JSON Lines .* iwmo-ijw store import .*old\.jsonl --store <new\.db>/);
    await refused(text, 'foreign', /not an SQLite database/);
    await refused(foreign, 'foreign', /another application .*customers/);
    await refused(newer, 'schema', /schema version 99 is newer/);
    await refused(damaged, 'corrupt', /damaged/);
    await refused(cut, 'corrupt', /header is cut off/);
    expect(files.map(sha)).toEqual(before);
  });

  it('is what openHistory gives for a path', async () => {
    const h = await openHistory(tmpFile());
    open.push(h as SqliteHistory);
    expect(await h.stats()).toEqual({ facts: 0, messages: 0, byKind: {} });
  });
});
