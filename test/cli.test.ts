/**
 * The command-line contract, run against the built CLI (npm ci builds it through `prepare`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, copyFileSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldenPath } from './support/messages.js';
import { validate } from '../src/pipeline/validate.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
/** The per-file records of JSON Lines output (the closing summary record and unreadable records left out). */
const records = (stdout: string): any[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string }).filter((l) => l.type === undefined);

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm ci does this through prepare)');
  dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-cli-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  copyFileSync(goldenPath('JW301'), join(dir, 'a-valid.xml'));
  copyFileSync(join(goldenPath('JW305'), '..', 'invalid-unknown-element.xml'), join(dir, 'nested', 'b-invalid.xml'));
  copyFileSync(goldenPath('WMO323'), join(dir, 'nested', 'deeper', 'c-valid.xml'));
  writeFileSync(join(dir, 'nested', 'notes.txt'), 'not a message');
});

describe('iwmo-ijw validate', () => {
  it('exits 0 when every message is valid', () => {
    const r = run(['validate', goldenPath('JW301'), goldenPath('WMO325')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/geldig — JW301/);
  });

  it('searches directories recursively for *.xml, in a stable order, and exits 1 on an invalid message', () => {
    const r = run(['validate', dir, '--format', 'jsonl']);
    expect(r.status).toBe(1);
    const lines = records(r.stdout) as Array<{ file: string; bericht: string; valid: boolean; standaard: string; release: string; issues: Array<{ code: string; level: string; line: number }> }>;
    expect(lines.map((l) => l.file.slice(dir.length + 1))).toEqual(['a-valid.xml', 'nested/b-invalid.xml', 'nested/deeper/c-valid.xml']);
    expect(lines.map((l) => [l.bericht, l.valid])).toEqual([['JW301', true], ['JW305', false], ['WMO323', true]]);
    expect(lines[1]!.issues[0]).toMatchObject({ code: 'xsd.unexpected-element', level: 'schema' });
    expect(lines[0]).toMatchObject({ standaard: 'iJw', release: '3.2' });
  });

  it('expands a glob the shell left alone, recursively with **', () => {
    const r = run(['validate', join(dir, '**', '*-valid.xml'), '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((l: { file: string }) => l.file.slice(dir.length + 1))).toEqual(['a-valid.xml', 'nested/deeper/c-valid.xml']);
    const none = run(['validate', join(dir, '*.nothing')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no file matches/);
  });

  it('reads standard input with -', () => {
    const r = run(['validate', '-', '--format', 'json'], '<Bericht/>');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { valid: boolean; files: Array<{ file: string; issues: Array<{ code: string }> }> };
    expect(doc.valid).toBe(false);
    expect(doc.files[0]!.file).toBe('-');
    expect(doc.files[0]!.issues[0]!.code).toBe('message.unknown');
  });

  it('writes text for people with line:column, code and message, in English on request', () => {
    const r = run(['validate', join(dir, 'nested', 'b-invalid.xml'), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/INVALID — JW305/);
    expect(r.stdout).toMatch(/\d+:\d+\s+xsd\.unexpected-element\s+Element Opmerking is not allowed here/);
  });

  it.each([
    [['validate'], /name at least one file/],
    [['validate', 'x.xml', '--format', 'yaml'], /unknown format/],
    [['validate', 'x.xml', '--lang', 'de'], /unknown language/],
    [['frobnicate'], /unknown command/],
    [['validate', '--bogus', 'x.xml'], /unknown option/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 on an I/O error and still reports the files it could read', () => {
    const r = run(['validate', goldenPath('JW301'), join(dir, 'missing.xml'), '--format', 'jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.xml: no such file or directory/);
    // One record per file judged, one for the file that could not be read, then the summary.
    const all = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; file?: string; files?: number; unreadable?: number });
    expect(all.map((l) => l.type)).toEqual(['unreadable', undefined, 'summary']);
    expect(all[0]!.file).toMatch(/missing\.xml$/);
    expect(all[2]).toMatchObject({ files: 2, unreadable: 1 });
  });

  it('measures a file before reading it: one above --max-bytes is refused unread', () => {
    // A sparse 3 GB file: reading it whole would fail (beyond what one buffer holds), measuring it does not.
    const huge = join(dir, 'huge.xml');
    writeFileSync(huge, '');
    truncateSync(huge, 3_000_000_000);
    const r = run(['validate', huge, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const line = records(r.stdout)[0] as { valid: boolean; issues: Array<{ code: string; message: string }> };
    expect(line.valid).toBe(false);
    expect(line.issues.map((i) => i.code)).toEqual(['input.too-large']);
    expect(line.issues[0]!.message).toMatch(/3000000000 bytes; de grens is 104857600 bytes/);
    // A file within the limit is read and validated as before.
    const small = run(['validate', goldenPath('JW301'), '--max-bytes', '100', '--format', 'jsonl']);
    expect((records(small.stdout)[0] as { issues: Array<{ code: string }> }).issues.map((i) => i.code)).toEqual(['input.too-large']);
    rmSync(huge);
  });

  it('judges messages against one uitvoeringsvariant: taakgericht rejects every prestatie of a 323', () => {
    const r = run(['validate', goldenPath('JW323'), '--variant', 'taakgericht', '--format', 'jsonl']);
    expect(r.status).toBe(1);
    const line = records(r.stdout)[0] as { levels: string[]; issues: Array<{ code: string; level: string; path: string }> };
    expect(line.levels).toEqual(['schema', 'rule', 'variant']);
    expect(line.issues.map((i) => [i.code, i.level, i.path])).toEqual([
      ['variant.declaratie-taakgericht', 'variant', '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie'],
      ['variant.declaratie-taakgericht', 'variant', '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie'],
    ]);
    expect(run(['validate', goldenPath('JW323'), '--variant', 'inspanningsgericht']).status).toBe(0);
  });

  it('judges messages against a contract file', () => {
    const dir = join(goldenPath('JW301'), '..', '..', '..', 'variants', 'onderaannemer');
    const ok = run(['validate', join(dir, 'JW323-onderaannemer.xml'), '--contract', join(dir, 'contract.json')]);
    expect(ok.status).toBe(0);
    const bad = run(['validate', join(dir, 'JW323-hoofdaanbieder.xml'), '--contract', join(dir, 'contract.json'), '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/variant\.declaratie-taakgericht/);
  });

  it('exits 2 with one clear error per mistake in a contract file', () => {
    const file = join(dir, 'contract.json');
    const contract = { contracten: [{ standaard: 'iJw', gemeente: '363', aanbieder: '12345678', variant: 'taakgerigt', producten: [{ categorie: '45', code: '45A35' }, { categorie: '45', code: '45A35' }] }] };
    writeFileSync(file, JSON.stringify(contract));
    const r = run(['validate', goldenPath('JW301'), '--contract', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(r.stderr).toMatch(/contracten\[0\]\.gemeente/);
    expect(r.stderr).toMatch(/contracten\[0\]\.variant: unknown variant 'taakgerigt'/);
    expect(r.stderr).toMatch(/contracten\[0\]\.producten\[1\]: duplicate product/);
  });

  it.each([
    [['validate', 'x.xml', '--variant', 'lumpsum'], /variant/],
    [['validate', 'x.xml', '--variant', 'taakgericht', '--contract', 'c.json'], /not both/],
    [['validate', 'x.xml', '--taakgericht-profiel', 'sap'], /goes with --variant/],
  ])('exits 2 on a variant usage error: %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('prints the variants table, per standaard', () => {
    const r = run(['variants', '--standaard', 'iWmo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Uitvoeringsvarianten iWmo 3\.2/);
    expect(r.stdout).toMatch(/taakgericht/);
    expect(r.stdout).not.toMatch(/iJw 3\.2/);
  });

  it('gives the same results, in the same order, on worker threads as in one thread', () => {
    const inline = run(['validate', join(goldenPath('JW301'), '..', '..', '..'), '--format', 'jsonl', '--jobs', '0']);
    const threaded = run(['validate', join(goldenPath('JW301'), '..', '..', '..'), '--format', 'jsonl', '--jobs', '2']);
    expect(threaded.status).toBe(inline.status);
    expect(threaded.stdout).toBe(inline.stdout);
    expect(inline.stdout.trim().split('\n').length).toBeGreaterThan(100);
  });

  it('writes the report to --output and shows a summary line with the most frequent codes', () => {
    const out = join(dir, 'report.jsonl');
    const r = run(['validate', dir, '--format', 'jsonl', '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe('3 bestanden: 2 geldig, 1 ongeldig; meest gevonden: xsd.unexpected-element (1)');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(4); // three files and the summary
    const quiet = run(['validate', dir, '--quiet', '--lang', 'en']);
    expect(quiet.stdout.trim()).toBe('3 files: 2 valid, 1 invalid; most frequent: xsd.unexpected-element (1)');
  });

  it('respond writes the retourbericht to standard output, exits 1 without one, 2 on a usage error', () => {
    const ok = run(['respond', goldenPath('JW315'), '--today', '2026-11-04']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/<jw316:Bericht /);
    expect(validate(ok.stdout).valid).toBe(true);
    const bad = run(['respond', join(goldenPath('JW315'), '..', 'invalid-invalid-date.xml')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no retourbericht exists/);
    expect(run(['respond', goldenPath('JW315'), goldenPath('JW301')]).status).toBe(2);
  });

  it('writes --format rapport: one message to standard output or a file, several to a folder, one document each', () => {
    const one = run(['validate', join(dir, 'nested', 'b-invalid.xml'), '--format', 'rapport']);
    expect(one.status).toBe(1);
    expect(one.stdout).toMatch(/^<\?xml[\s\S]*<r:Rapport xmlns:r="http:\/\/www\.istandaarden\.nl\/validatie\/1_1\/rapport\/schema">[\s\S]*<r:Code>xsd\.unexpected-element<\/r:Code>/);
    const file = join(mkdtempSync(join(tmpdir(), 'iwmo-ijw-rapport-')), 'one.rapport.xml');
    expect(run(['validate', join(dir, 'a-valid.xml'), '--format', 'rapport', '--output', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/<r:BerichtCode>436<\/r:BerichtCode>[\s\S]*<r:Fouten\/>/);
    // Several messages need a folder; two inputs with one name do not overwrite each other.
    expect(run(['validate', dir, '--format', 'rapport']).status).toBe(2);
    const out = join(mkdtempSync(join(tmpdir(), 'iwmo-ijw-rapport-')), 'rapporten', 'new');
    const many = run(['validate', dir, join(dir, 'a-valid.xml'), '--format', 'rapport', '--output', out]);
    expect(many.status).toBe(1);
    expect(many.stdout).toMatch(/4 bestanden/);
    for (const name of ['a-valid.rapport.xml', 'a-valid-2.rapport.xml', 'b-invalid.rapport.xml', 'c-valid.rapport.xml']) {
      expect(readFileSync(join(out, name), 'utf8')).toContain('<r:Rapport ');
    }
    expect(readFileSync(join(out, 'b-invalid.rapport.xml'), 'utf8')).toContain('<r:Fout>');
  });

  it('check-retour: exit 0 for a correct answer, 1 with the retour.* findings for a wrong one, 2 for a usage error', () => {
    const heen = goldenPath('JW301');
    const answer = run(['respond', heen, '--today', '2026-11-23']);
    expect(answer.status).toBe(0);
    const good = join(dir, '..', `retour-good-${process.pid}.xml`);
    const bad = join(dir, '..', `retour-bad-${process.pid}.xml`);
    writeFileSync(good, answer.stdout);
    writeFileSync(bad, answer.stdout.replace(/(<jw302:Ontvanger>)[^<]+/, '$112345678'));
    expect(run(['check-retour', heen, good, '--today', '2026-11-23']).status).toBe(0);
    const r = run(['check-retour', heen, bad, '--today', '2026-11-23', '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { juist: boolean; issues: Array<{ code: string; path: string }> };
    expect(out.juist).toBe(false);
    expect(out.issues.map((i) => [i.code, i.path])).toEqual([['retour.not-paired', '/Bericht/Header/Ontvanger']]);
    expect(run(['check-retour', heen]).status).toBe(2);
  });

  it.each([
    ['junit', /^<\?xml[\s\S]*<testsuites[\s\S]*<failure /],
    ['sarif', /"version": "2\.1\.0"[\s\S]*"ruleId": "xsd\.unexpected-element"/],
    ['html', /^<!DOCTYPE html>[\s\S]*xsd\.unexpected-element/i],
  ])('writes --format %s for the whole batch, to --output as well', (format, shape) => {
    const r = run(['validate', dir, '--format', format]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(shape);
    const out = join(dir, `report.${format}`);
    const written = run(['validate', dir, '--format', format, '--output', out]);
    expect(written.stdout.trim()).toMatch(/^3 bestanden: 2 geldig, 1 ongeldig/);
    expect(readFileSync(out, 'utf8')).toMatch(shape);
  });

  it('masks personal data unless asked to show it', () => {
    const file = join(dir, 'bsn.xml');
    writeFileSync(file, readFileSync(goldenPath('JW305'), 'utf8').replace('<jw305:Bsn>123456782<', '<jw305:Bsn>98765432x<'));
    const masked = run(['validate', file, '--format', 'jsonl']);
    expect(masked.stdout).toContain('*****432x');
    expect(masked.stdout).not.toContain('98765432x');
    expect(run(['validate', file, '--format', 'jsonl', '--show-personal-data']).stdout).toContain('98765432x');
  });

  it('runs a conformance suite: exit 0 when every step passes, junit to a file, 2 for no suite', () => {
    const suite = join(goldenPath('JW301'), '..', '..', '..', '..', 'conformance');
    const r = run(['conformance', suite, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Summary: \d+ scenarios: \d+ passed, 0 failed/);
    const out = join(dir, 'suite.xml');
    expect(run(['conformance', suite, '--format', 'junit', '--output', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<testsuites name="iwmo-ijw conformance"/);
    const page = join(dir, 'suite.html');
    const h = run(['conformance', suite, '--format', 'html', '--output', page]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^Samenvatting: \d+ scenario/);
    const content = readFileSync(page, 'utf8');
    expect(content).toMatch(/^<!DOCTYPE html>/);
    expect(content).toContain('berichtoverstijgend-start-stop');
    expect(content).not.toMatch(/<script|https?:/);
    expect(run(['conformance', join(dir, 'no-such-suite')]).status).toBe(2);
  });

  it('looks up rules and retourcodes', () => {
    const rules = run(['rules', '--code', 'TR019', '--lang', 'en']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/TR019 +retourcode 9019 +level 3/);
    expect(run(['rules', '--bericht', 'JW305']).stdout).toMatch(/TR326/);
    const code = run(['retourcode', '9338', '--lang', 'en']);
    expect(code.status).toBe(0);
    expect(code.stdout).toMatch(/TR338/);
    expect(run(['retourcode', '1234']).status).toBe(2);
  });

  it('prints its version and help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['--help']).stdout).toMatch(/Usage:/);
  });
});
