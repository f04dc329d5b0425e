/** `--sources` on the built CLI (npm run build): level 4 is opt-in, and reads the contract given. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, golden, set } from '../support/messages.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
type Line = { valid: boolean; levels: string[]; issues: Array<{ code: string; level: string; retourcode?: string }> };

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build`');
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-sources-'));
  writeFileSync(join(dir, 'future.xml'), edit(golden('JW301'), set('Header/BerichtIdentificatie/Dagtekening', '2026-12-01')));
  writeFileSync(join(dir, 'declaratie.xml'), golden('JW323'));
  writeFileSync(
    join(dir, 'contract.json'),
    JSON.stringify({ contracten: [{ standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'inspanningsgericht', producten: [{ categorie: '45', code: '45A07', tarieven: [{ bedrag: 7000, eenheid: '04' }] }] }] }),
  );
});

describe('iwmo-ijw validate --sources', () => {
  it('leaves level 4 out without the flag, and runs it with', () => {
    const file = join(dir, 'future.xml');
    const plain = run(['validate', '--format', 'jsonl', '--today', '2026-11-23', file]);
    expect(plain.status).toBe(0);
    expect((JSON.parse(plain.stdout.split('\n')[0]!) as Line).levels).toEqual(['schema', 'rule']);
    const withSources = run(['validate', '--sources', '--format', 'jsonl', '--today', '2026-11-23', file]);
    expect(withSources.status).toBe(1);
    const line = JSON.parse(withSources.stdout.split('\n')[0]!) as Line;
    expect(line.levels).toEqual(['schema', 'rule', 'external']);
    expect(line.issues.map((i) => [i.code, i.level, i.retourcode])).toEqual([['TR135', 'external', '8848']]);
  });

  it('reads the tarieven of --contract', () => {
    const r = run(['validate', '--sources', '--contract', join(dir, 'contract.json'), '--format', 'jsonl', '--today', '2026-11-23', join(dir, 'declaratie.xml')]);
    const line = JSON.parse(r.stdout.split('\n')[0]!) as Line;
    expect(line.levels).toEqual(['schema', 'rule', 'external', 'variant']);
    expect(line.issues.filter((i) => i.level === 'external').map((i) => i.code)).toEqual(['TR418']);
  });
});
