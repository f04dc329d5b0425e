/**
 * npm run bench:sizes — the hardening table: JW323 and JW301 from 5 KB to 50 MB, time per level,
 * MB/s, peak memory (resident set of a child process that validates one file, less that of one that
 * validates nothing), and in the same run the ratio to fast-xml-parser parse-only and, when xmllint and
 * the official XSDs are at hand, to `xmllint --noout --schema`. Also the CLI's cold start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { validate } from '../src/pipeline/validate.js';
import { jw301, jw323 } from './generate.js';
import { median } from './time.js';

const here = dirname(fileURLToPath(import.meta.url));
const xsdDir = join(here, '..', '..', 'shared', 'reference', 'ijw-3.2', 'xsd');
const cli = join(here, '..', 'dist', 'cli.js');
const index = join(here, '..', 'dist', 'index.js');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0 && existsSync(xsdDir);
const fxp = new XMLParser({ ignoreAttributes: false });
const tmp = mkdtempSync(join(tmpdir(), 'bench-sizes-'));


/** Peak resident memory (MB) of a child that validates the file, less that of a child that only loads the library. */
function peakMb(file: string): number | undefined {
  if (!existsSync(index)) return undefined;
  const script = (validateIt: boolean): string =>
    `import('${index}').then(({ validate }) => { const b = require('fs').readFileSync(${JSON.stringify(file)}); ${validateIt ? 'validate(b, { maxBytes: 1e9 });' : ''} console.log(process.resourceUsage().maxRSS); })`;
  const rss = (v: boolean): number => Number(spawnSync(process.execPath, ['-e', script(v)], { encoding: 'utf8' }).stdout.trim()) / 1024;
  return rss(true) - rss(false);
}

const f = (n: number, d = 1): string => n.toFixed(d);
console.log('message | MB | level 1 ms | levels 1+2 ms | MB/s (1+2) | peak MB | peak / input | L1+2 / fxp parse | L1+2 / xmllint --schema');
console.log('--- | --- | --- | --- | --- | --- | --- | --- | ---');
const cases: Array<[string, string, string]> = [
  ['JW301', 'JW301 5 KB', jw301()],
  ['JW301', 'JW301 1 MB', jw301(2_200)],
  ['JW301', 'JW301 10 MB', jw301(22_000)],
  ['JW323', 'JW323 5 KB', jw323(5)],
  ['JW323', 'JW323 1 MB', jw323(1_300)],
  ['JW323', 'JW323 10 MB', jw323(13_200)],
  ['JW323', 'JW323 50 MB', jw323(66_000)],
];
for (const [bericht, label, xml] of cases) {
  const buf = Buffer.from(xml);
  const mb = buf.length / 1e6;
  const runs = mb > 20 ? 3 : mb > 2 ? 5 : 50;
  const check = validate(buf, { maxBytes: 1e9 });
  if (!check.valid) throw new Error(`${label} is not valid: ${check.issues.slice(0, 3).map((i) => `${i.code} ${i.path}`).join('; ')}`);
  const l1 = median(() => validate(buf, { upTo: 'schema', maxBytes: 1e9 }), runs);
  const l12 = median(() => validate(buf, { maxBytes: 1e9 }), runs);
  const parse = median(() => fxp.parse(xml), runs);
  const file = join(tmp, `${label.replace(/\W+/g, '-')}.xml`);
  writeFileSync(file, buf);
  // Below about a megabyte the difference of two processes' resident memory is noise, not a measurement.
  const peak = mb < 0.5 ? undefined : peakMb(file);
  let lint = '—';
  if (hasXmllint) {
    const t = median(() => spawnSync('xmllint', ['--noout', '--schema', join(xsdDir, `${bericht.toLowerCase()}.xsd`), file]), mb > 20 ? 3 : 5);
    lint = f(l12 / t, 2);
  }
  console.log(`${label} | ${f(mb, 2)} | ${f(l1)} | ${f(l12)} | ${f(mb / (l12 / 1000))} | ${peak === undefined ? '—' : f(peak)} | ${peak === undefined ? '—' : f(peak / mb)} | ${f(l12 / parse, 2)} | ${lint}`);
}

if (existsSync(cli)) {
  const file = join(tmp, 'JW301-5-KB.xml');
  const cold = median(() => spawnSync(process.execPath, [cli, 'validate', file]), 7);
  const bare = median(() => spawnSync(process.execPath, ['-e', '']), 7);
  console.log(`\nCLI cold start (node dist/cli.js validate on one 5 KB message): ${f(cold, 0)} ms, of which ${f(bare, 0)} ms is starting Node itself.`);
}
