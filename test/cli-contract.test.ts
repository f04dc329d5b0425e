/**
 * The command line's contract with pipelines (issue 16, point 5), against the built CLI: per-command
 * options and help, typos answered with a suggestion, dates that exist, no silent empty run, a
 * closed standard output, symlink cycles, totals in json/jsonl, records for unreadable files,
 * progress off a terminal, --fail-on warning, --max-issues, clear one-line I/O errors, and a package
 * that installs without its build tools.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldenPath } from './support/messages.js';
import { manySiblingErrors } from '../bench/hostile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const lines = (stdout: string): Array<Record<string, unknown>> => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build`');
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-contract-'));
  mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  copyFileSync(goldenPath('JW301'), join(dir, 'tree', 'a.xml'));
  copyFileSync(join(goldenPath('JW305'), '..', 'invalid-unknown-element.xml'), join(dir, 'tree', 'sub', 'b.xml'));
  // A link to the parent folder: a walk that followed it would loop or repeat every file.
  symlinkSync('..', join(dir, 'tree', 'sub', 'up'));
  symlinkSync(join(dir, 'tree'), join(dir, 'tree', 'sub', 'again'));
});

describe('arguments, per command', () => {
  it.each([
    ['validate', /iwmo-ijw validate/, /--fail-on/],
    ['respond', /iwmo-ijw respond/, /--identificatie/],
    ['check-retour', /iwmo-ijw check-retour/, /--context/],
    ['conformance', /iwmo-ijw conformance/, /--output/],
    ['rules', /iwmo-ijw rules/, /--bericht/],
    ['retourcode', /iwmo-ijw retourcode/, /--lang/],
    ['variants', /iwmo-ijw variants/, /--standaard/],
    ['store', /iwmo-ijw store import/, /--store/],
    ['serve', /iwmo-ijw serve/, /--workers/],
  ])('%s --help and -h print that command’s usage (exit 0)', (command, synopsis, option) => {
    for (const flag of ['--help', '-h']) {
      const r = run([command, flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(synopsis);
      expect(r.stdout).toMatch(option);
      expect(r.stderr).toBe('');
    }
  });

  it('refuses an option of another command, and a typo with the nearest option of this command', () => {
    const other = run(['rules', '--store', 'x.sqlite']);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/unknown option '--store' for 'rules'/);
    const typo = run(['validate', 'x.xml', '--formt', 'json']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown option '--formt' for 'validate' \(did you mean --format\?\)/);
    expect(run(['respond', 'x.xml', '--identifcatie', 'X']).stderr).toMatch(/did you mean --identificatie\?/);
    expect(run(['serve', '--wokers', '2']).stderr).toMatch(/did you mean --workers\?/);
    expect(run(['valdate', 'x.xml']).stderr).toMatch(/unknown command 'valdate' \(did you mean validate\?\)/);
    // Nothing close: no suggestion.
    expect(run(['validate', 'x.xml', '--zzzzzzzz']).stderr).not.toMatch(/did you mean/);
  });

  it('accepts only dates that exist for --today', () => {
    const bad = run(['validate', goldenPath('JW301'), '--today', '2024-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--today takes a date YYYY-MM-DD that exists, not '2024-02-30'/);
    expect(run(['validate', goldenPath('JW301'), '--today', '2023-02-29']).status).toBe(2);
    expect(run(['validate', goldenPath('JW301'), '--today', '2024-02-29']).status).toBe(0);
  });
});

describe('inputs', () => {
  it('treats no input files as an error (exit 2) unless --allow-empty', () => {
    const empty = run(['validate', join(dir, 'empty')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/no input files/);
    expect(run(['validate', join(dir, 'empty'), '--allow-empty']).status).toBe(0);
    const glob = run(['validate', join(dir, 'empty', '*.xml')]);
    expect(glob.status).toBe(2);
    expect(glob.stderr).toMatch(/no file matches/);
    const allowed = run(['validate', join(dir, 'empty', '*.xml'), '--allow-empty', '--format', 'jsonl']);
    expect(allowed.status).toBe(0);
    expect(lines(allowed.stdout)).toEqual([expect.objectContaining({ type: 'summary', files: 0 })]);
  });

  it('walks each real folder once: links to a parent neither loop nor repeat', () => {
    const r = run(['validate', join(dir, 'tree'), '--format', 'jsonl']);
    expect(r.status).toBe(1);
    const files = lines(r.stdout).filter((l) => l.type === undefined).map((l) => (l.file as string).slice(dir.length + 1));
    expect(files).toEqual(['tree/a.xml', 'tree/sub/b.xml']);
  });

  it('gives an unreadable file a record of its own (json and jsonl), and exits 2', () => {
    const missing = join(dir, 'missing.xml');
    const jsonl = run(['validate', goldenPath('JW301'), missing, '--format', 'jsonl']);
    expect(jsonl.status).toBe(2);
    expect(lines(jsonl.stdout)[0]).toEqual({ type: 'unreadable', file: missing, error: 'no such file or directory' });
    const json = run(['validate', goldenPath('JW301'), missing, '--format', 'json']);
    expect(json.status).toBe(2);
    const doc = JSON.parse(json.stdout) as { valid: boolean; unreadable: unknown[]; summary: { files: number; unreadable: number } };
    expect(doc.unreadable).toEqual([{ file: missing, error: 'no such file or directory' }]);
    expect(doc.valid).toBe(false);
    expect(doc.summary).toMatchObject({ files: 2, unreadable: 1, valid: 1 });
  });
});

describe('output', () => {
  it('closes json and jsonl with totals by code, the version and the options', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const jsonl = run(['validate', join(dir, 'tree'), '--format', 'jsonl', '--lang', 'en', '--today', '2026-01-05']);
    const last = lines(jsonl.stdout).at(-1)!;
    expect(last).toEqual({
      type: 'summary',
      files: 2,
      valid: 1,
      invalid: 1,
      unreadable: 0,
      withWarnings: 0,
      byCode: { 'xsd.unexpected-element': 1 },
      engine: { name: 'iwmo-ijw', version },
      options: { format: 'jsonl', lang: 'en', failOn: 'error', today: '2026-01-05' },
    });
    const json = JSON.parse(run(['validate', join(dir, 'tree'), '--format', 'json']).stdout) as { files: unknown[]; summary: Record<string, unknown> };
    expect(json.files).toHaveLength(2);
    expect(json.summary).toMatchObject({ files: 2, valid: 1, invalid: 1, byCode: { 'xsd.unexpected-element': 1 }, engine: { version } });
  });

  it('--quiet prints the summary line only, whatever the format', () => {
    for (const format of ['text', 'json', 'jsonl']) {
      const r = run(['validate', join(dir, 'tree'), '--format', format, '--quiet']);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('2 bestanden: 1 geldig, 1 ongeldig; meest gevonden: xsd.unexpected-element (1)\n');
    }
  });

  it('ends quietly with the verdict’s exit status when standard output is closed (| head -1)', () => {
    const fixtures = join(root, 'fixtures');
    const full = run(['validate', fixtures, '--jobs', '0', '--format', 'jsonl']);
    expect(full.status).toBe(1);
    expect(full.stdout.length).toBeGreaterThan(1 << 16); // more than a pipe holds (64 KiB)
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" validate "${fixtures}" --jobs 0 --format jsonl | head -1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('prints a progress line (count and rate) on a long batch also when standard error is not a terminal', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 60; i++) copyFileSync(goldenPath('JW301'), join(many, `m${String(i).padStart(2, '0')}.xml`));
    const r = run(['validate', many, '--jobs', '0'], { IWMO_PROGRESS_MS: '1' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^iwmo-ijw: \d+\/60 files, \d+ files\/s$/m);
    expect(r.stderr).not.toContain('\r');
    expect(run(['validate', many, '--jobs', '0', '--quiet'], { IWMO_PROGRESS_MS: '1' }).stderr).toBe('');
  });

  it('--fail-on warning exits 1 on a message whose only finding is a warning', () => {
    // Larger than the standard's 25 MB (OP179): a warning, the message itself is valid.
    const big = join(dir, 'big.xml');
    writeFileSync(big, readFileSync(goldenPath('JW301'), 'utf8') + `<!--${'x'.repeat(26_300_000)}-->\n`);
    const plain = run(['validate', big, '--format', 'jsonl']);
    expect(plain.status).toBe(0);
    expect(lines(plain.stdout)[0]!.issues).toEqual([expect.objectContaining({ code: 'input.op179-too-large', severity: 'warning' })]);
    expect(lines(plain.stdout).at(-1)).toMatchObject({ withWarnings: 1, valid: 1 });
    expect(run(['validate', big, '--fail-on', 'warning']).status).toBe(1);
    expect(run(['validate', goldenPath('JW301'), '--fail-on', 'warning']).status).toBe(0);
    expect(run(['validate', big, '--fail-on', 'notice']).status).toBe(2);
  });

  it('--max-issues caps the issues of one message with one closing issue', () => {
    const file = join(dir, 'many-errors.xml');
    writeFileSync(file, manySiblingErrors(20));
    const all = lines(run(['validate', file, '--format', 'jsonl']).stdout)[0]!.issues as Array<{ code: string }>;
    expect(all.length).toBeGreaterThan(3);
    const capped = run(['validate', file, '--format', 'jsonl', '--max-issues', '3']);
    expect(capped.status).toBe(1);
    const issues = lines(capped.stdout)[0]!.issues as Array<{ code: string }>;
    expect(issues).toHaveLength(4);
    expect(issues.at(-1)!.code).toBe('report.truncated');
    expect(run(['validate', file, '--max-issues', '0']).status).toBe(2);
  });
});

describe('I/O errors are one line, exit 2, no stack', () => {
  it('conformance --output into a missing folder', () => {
    const r = run(['conformance', join(root, 'conformance'), '--output', join(dir, 'no', 'such', 'report.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--output .*report\.txt: the folder .* does not exist/);
  });

  it('--store in a missing folder', () => {
    const r = run(['validate', goldenPath('JW301'), '--store', join(dir, 'no', 'such', 'h.sqlite')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--store .*h\.sqlite: the folder .* does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('store in a missing folder, and a typo in a store option', () => {
    const r = run(['store', 'stats', '--store', join(dir, 'no', 'such', 'h.sqlite')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/the folder .* does not exist/);
    const typo = run(['store', 'stats', '--stor', 'x.sqlite']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown option '--stor' for 'store stats' \(did you mean --store\?\)/);
  });

  it('validate --output into a missing folder', () => {
    const r = run(['validate', goldenPath('JW301'), '--output', join(dir, 'no', 'such', 'r.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the package', () => {
  it('packs what bin and exports need', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(pack!.files.map((f) => f.path));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; exports: unknown };
    const targets = new Set<string>(Object.values(pkg.bin));
    const collect = (v: unknown): void => {
      if (typeof v === 'string') targets.add(v.replace(/^\.\//, ''));
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(pkg.exports);
    for (const t of targets) expect(files, t).toContain(t);
    expect(files).toContain('dist/worker.js');
  });

  it('prepare succeeds without the build tools (npm ci --omit=dev), and prints nothing on standard output', () => {
    const copy = mkdtempSync(join(tmpdir(), 'iwmo-ijw-omit-dev-'));
    cpSync(join(root, 'scripts', 'prepare.mjs'), join(copy, 'scripts', 'prepare.mjs'));
    const r = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: copy, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/nothing built/);
    // With build tools: what the build prints goes to standard error (npm pack --json keeps its JSON).
    mkdirSync(join(copy, 'node_modules', 'tsup'), { recursive: true });
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'probe', version: '0.0.0', scripts: { build: 'node -e "console.log(1234)"' } }));
    const built = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: copy, encoding: 'utf8' });
    expect(built.status).toBe(0);
    expect(built.stdout).toBe('');
    expect(built.stderr).toContain('1234');
  });
});
