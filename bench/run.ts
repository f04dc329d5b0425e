/**
 * npm run bench — speed of parsing and validating, as ratios to fast-xml-parser's parse-only time
 * on the same input in the same run (absolute figures vary with the machine and its load).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { validate } from '../src/pipeline/validate.js';
import { scanXml } from '../src/xml/scan.js';
import { jw301, jw323 } from './generate.js';
import { median } from './time.js';

const fxp = new XMLParser({ ignoreAttributes: false });

const time = median;

const fmt = (n: number, d = 1): string => n.toFixed(d);
const rows: string[][] = [];
const row = (...cells: string[]): void => void rows.push(cells);

function measure(label: string, xml: string, runs: number): void {
  const buf = Buffer.from(xml);
  const mb = buf.length / 1e6;
  const base = time(() => fxp.parse(xml), runs);
  const scan = time(() => scanXml(xml), runs);
  const l1 = time(() => validate(buf, { upTo: 'schema' }), runs);
  const l12 = time(() => validate(buf), runs);
  const report = validate(buf);
  if (!report.valid) throw new Error(`${label} is not valid: ${report.issues.slice(0, 3).map((i) => i.code + ' ' + i.path).join('; ')}`);
  row(label, fmt(mb, 2), fmt(base), fmt(scan), fmt(l1), fmt(l12), fmt(mb / (l12 / 1000)), fmt(l1 / base, 2), fmt(l12 / base, 2));
}

measure('JW301 golden', jw301(), 200);
for (const n of [1_000, 15_000]) measure(`JW323 ${n} prestaties`, jw323(n), n > 5000 ? 7 : 20);

console.log('\nLevels 1 and 2 against fast-xml-parser parse-only (median times in ms)\n');
const head = ['input', 'MB', 'fxp parse', 'our scan', 'level 1', 'levels 1+2', 'MB/s (1+2)', 'L1 / fxp', 'L1+2 / fxp'];
console.log(head.join(' | '));
console.log(head.map(() => '---').join(' | '));
for (const r of rows) console.log(r.join(' | '));

// Throughput on small messages, one core.
const small = Buffer.from(jw301());
const n = 5000;
const s = process.hrtime.bigint();
for (let i = 0; i < n; i++) validate(small);
const perSec = n / (Number(process.hrtime.bigint() - s) / 1e9);
console.log(`\n5 KB JW301, levels 1+2: ${Math.round(perSec)} messages/s on one core`);

// A batch of 10,000 small messages through the command line, in one thread and on worker threads.
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
if (existsSync(cli)) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  const goldens = ['JW301', 'JW305', 'JW315', 'JW317', 'JW323'].map((b) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ijw', b, 'golden.xml')));
  for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, `m${String(i).padStart(5, '0')}.xml`), goldens[i % goldens.length]!);
  const batch = (jobs: number): number => {
    const s = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'validate', dir, '--quiet', '--jobs', String(jobs)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`batch run failed: ${r.stderr}`);
    return 10_000 / (Number(process.hrtime.bigint() - s) / 1e9);
  };
  const one = batch(0);
  const workers = batch(availableParallelism());
  console.log(`\n10,000 small messages through the CLI: ${Math.round(one)} messages/s in one thread, ${Math.round(workers)} messages/s on ${availableParallelism()} worker threads (ratio ${fmt(workers / one, 2)})`);
} else console.log('\n(batch throughput skipped: build the CLI first with npm run build)');

// Linear time: time per prestatie from 1,000 to 100,000.
console.log('\nTime per prestatie, levels 1+2\n\nprestaties | MB | ms | µs per prestatie');
console.log('--- | --- | --- | ---');
for (const k of [1_000, 10_000, 100_000]) {
  const buf = Buffer.from(jw323(k));
  if (!validate(buf, { maxBytes: 1e9 }).valid) throw new Error(`generated JW323 with ${k} prestaties is not valid`);
  const ms = time(() => validate(buf, { maxBytes: 1e9 }), k >= 100_000 ? 3 : 7);
  console.log(`${k} | ${fmt(buf.length / 1e6, 1)} | ${fmt(ms)} | ${fmt((ms * 1000) / k, 2)}`);
}

// xmllint --schema on the same 15,000-prestatie file, when xmllint and the official XSD are at hand.
const xsd = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'reference', 'ijw-3.2', 'xsd', 'jw323.xsd');
if (spawnSync('xmllint', ['--version']).status === 0 && existsSync(xsd)) {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'jw323.xml');
  const xml = jw323(15_000);
  writeFileSync(file, xml);
  const lint = time(() => spawnSync('xmllint', ['--noout', '--schema', xsd, file]), 3);
  const ours = time(() => validate(Buffer.from(xml)), 3);
  console.log(`\nxmllint --schema (level 1 only, own process): ${fmt(lint)} ms; iwmo-ijw levels 1+2: ${fmt(ours)} ms; ratio ${fmt(ours / lint, 2)}`);
}
