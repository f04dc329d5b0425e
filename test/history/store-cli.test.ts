/**
 * `--store` and `iwmo-ijw store …` on the built CLI (`npm run build` first), with real SQLite files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliRun } from './batch.js';
import { edit, golden, remove } from '../support/messages.js';
import { BSN1, basis301, declaratie, uurPrestatie } from '../context/declaratie/scenario.js';

const run = (args: string[]) => cliRun(args);
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const TODAY = ['--today', '2026-12-10'];

let dir: string;
let exchange: string;
let d5: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build`');
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-store-'));
  exchange = join(dir, 'exchange');
  mkdirSync(exchange);
  basis301('JW').forEach((xml, i) => writeFileSync(join(exchange, `301-${i}.xml`), xml));
  writeFileSync(join(exchange, '305.xml'), edit(golden('JW305'), remove('Client/StartProducten/StartProduct[2]')));
  d5 = join(dir, 'd5.xml');
  writeFileSync(d5, declaratie('JW', 'D5', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW')] }]));
});

const stats = async (store: string): Promise<{ facts: number; messages: number; byKind: Record<string, number> }> => {
  const r = await run(['store', 'stats', '--store', store, '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { facts: number; messages: number; byKind: Record<string, number> };
};

describe('iwmo-ijw --store with an SQLite file', { timeout: 120_000 }, () => {
  it('records the replayed exchange, judges later runs against it, and exports, imports, counts and checks it', async () => {
    const a = join(dir, 'a.db');
    const replayed = await run(['validate', '--context', exchange, '--store', a, '--format', 'jsonl', ...TODAY]);
    expect(replayed.status, replayed.stderr).toBe(0);
    expect(replayed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; valid: boolean }).filter((l) => l.type === undefined).map((l) => l.valid)).toEqual([true, true, true]);
    expect(await stats(a)).toEqual({ facts: 6, messages: 3, byKind: { bericht: 3, levering: 1, toewijzing: 2 } });

    // A later run, without the folder: the declaration is judged against the stored toewijzingen.
    const later = await run(['validate', d5, '--store', a, ...TODAY]);
    expect(later.status, later.stdout + later.stderr).toBe(0);
    expect((await stats(a)).byKind).toEqual({ bericht: 4, declaratie: 1, levering: 1, prestatie: 1, toewijzing: 2 });
    // Sent again: judged against the history that now holds it (TR333), nothing new recorded.
    const again = await run(['validate', d5, '--store', a, '--format', 'json', ...TODAY]);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('TR333');
    expect((await stats(a)).facts).toBe(9);

    const exported = await run(['store', 'export', '--store', a]);
    expect(exported.status).toBe(0);
    const lines = exported.stdout.trim().split('\n');
    const kinds = lines.map((l) => (JSON.parse(l) as { type: string }).type);
    expect(kinds.filter((k) => k !== 'bericht')).toEqual(['toewijzing', 'toewijzing', 'levering', 'declaratie', 'prestatie']);
    expect(kinds.filter((k) => k === 'bericht')).toHaveLength(4);
    const jsonl = join(dir, 'facts.jsonl');
    writeFileSync(jsonl, exported.stdout);

    const b = join(dir, 'b.db');
    const imported = await run(['store', 'import', jsonl, '--store', b]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported 9 facts/);
    expect((await run(['store', 'export', '--store', b])).stdout).toBe(exported.stdout);
    expect(await stats(b)).toEqual({ facts: 9, messages: 0, byKind: (await stats(a)).byKind });
    // The imported history judges as the original: the same declaration is a duplicate there too.
    expect((await run(['validate', d5, '--store', b, '--format', 'json', ...TODAY])).stdout).toContain('TR333');

    // Importing into a history that holds facts would file them twice: refused.
    const twice = await run(['store', 'import', jsonl, '--store', b]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/already holds 9 facts/);

    const checked = await run(['store', 'check', '--store', a]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/sound \(9 facts from 4 messages\)/);
    const text = await run(['store', 'stats', '--store', a]);
    expect(text.stdout).toMatch(/9 facts from 4 messages\n {2}bericht: 4\n {2}declaratie: 1\n/);
  });

  it('--dry-run judges against the history and records nothing', async () => {
    const c = join(dir, 'c.db');
    // Nothing recorded, not even for the next message of the same run: the start finds no toewijzing.
    const dryReplay = await run(['validate', '--context', exchange, '--store', c, '--dry-run', '--format', 'jsonl', ...TODAY]);
    expect(dryReplay.status).toBe(1);
    expect(dryReplay.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; valid: boolean }).filter((l) => l.type === undefined).map((l) => l.valid)).toEqual([true, true, false]);
    expect(await stats(c)).toEqual({ facts: 0, messages: 0, byKind: {} });
    expect((await run(['validate', '--context', exchange, '--store', c, ...TODAY])).status).toBe(0);
    const dry = await run(['validate', d5, '--store', c, '--dry-run', ...TODAY]);
    expect(dry.status, dry.stdout).toBe(0);
    expect((await stats(c)).facts).toBe(6);
    const answer = await run(['respond', d5, '--store', c, '--dry-run', ...TODAY]);
    expect(answer.status, answer.stderr).toBe(0);
    expect(answer.stdout).toContain('8001');
    expect((await stats(c)).facts).toBe(6);
  });

  it('respond --store answers against the history and records the accepted message', async () => {
    const e = join(dir, 'e.db');
    expect((await run(['validate', '--context', exchange, '--store', e, ...TODAY])).status).toBe(0);
    const first = await run(['respond', d5, '--store', e, ...TODAY]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('8001');
    expect((await stats(e)).messages).toBe(4);
    // The same declaration number again, with other content: rejected as a whole (TR333's retourcode).
    const other = join(dir, 'd5-other.xml');
    writeFileSync(other, declaratie('JW', 'D5', '2026-11', [{ bsn: BSN1, prestaties: [uurPrestatie('JW', { ref: 'PR-9', begin: '2026-11-01', eind: '2026-11-30' })] }], '323-other'));
    const second = await run(['respond', other, '--store', e, ...TODAY]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('8001');
    expect((await stats(e)).messages).toBe(4);
  });

  describe('a store that cannot be used: one line naming it and the problem, exit 2, the file untouched', () => {
    const refused = async (file: string, problem: RegExp): Promise<void> => {
      const before = sha(file);
      for (const args of [
        ['validate', d5, '--store', file],
        ['validate', '--context', exchange, '--store', file],
        ['respond', d5, '--store', file],
        ['store', 'stats', '--store', file],
        ['store', 'check', '--store', file],
        ['store', 'export', '--store', file],
      ]) {
        const r = await run(args);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trim().split('\n');
        expect(lines, args.join(' ')).toHaveLength(1);
        expect(lines[0]).toContain(file);
        expect(lines[0]).toMatch(problem);
        expect(lines[0]).not.toMatch(/at .*\.js:\d+|internal error/);
      }
      expect(sha(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
    };

    it('a JSON Lines facts file of an earlier version: the one command that imports it', async () => {
      const old = join(dir, 'feiten.jsonl');
      writeFileSync(old, '{"type":"toewijzing","standaard":"iJw","gemeente":"0344","aanbieder":"56781234"}\n');
      await refused(old, /JSON Lines facts file .*iwmo-ijw store import .*feiten\.jsonl --store <new\.db>/);
    });

    it('a file that is not a database', async () => {
      const notes = join(dir, 'notes.txt');
      writeFileSync(notes, 'boodschappen: melk, brood\n');
      await refused(notes, /not an SQLite database/);
    });

    it('a damaged database', async () => {
      const damaged = join(dir, 'damaged.db');
      expect((await run(['validate', '--context', exchange, '--store', damaged, ...TODAY])).status).toBe(0);
      const bytes = readFileSync(damaged);
      bytes.fill(0x5a, 100, 4096);
      writeFileSync(damaged, bytes);
      await refused(damaged, /damaged/);
    });

    it('a store in a folder that does not exist', async () => {
      const r = await run(['validate', d5, '--store', join(dir, 'missing', 'h.db')]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/missing\/h\.db: the folder .*missing does not exist/);
      expect(existsSync(join(dir, 'missing'))).toBe(false);
    });

    it('a facts file that is not one, for import: named with its line, nothing created', async () => {
      const bad = join(dir, 'bad.jsonl');
      writeFileSync(bad, '{"type":"toewijzing","standaard":"iJw","gemeente":"1","aanbieder":"2"}\n{"type":"toew');
      const target = join(dir, 'never.db');
      const r = await run(['store', 'import', bad, '--store', target]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(/bad\.jsonl:2: not a JSON value/);
      expect(existsSync(target)).toBe(false);
    });
  });
});
