/**
 * npx tsx bench/hostile-run.ts — the hostile shapes of bench/hostile.ts (a million attributes on one
 * element, a million failing siblings, a 100 MB text node), each with time (median), MB/s, peak
 * memory (as bench:sizes measures it: resident set of a child process that validates the file, less
 * that of one that only reads it; needs `npm run build`) and issues reported, and in the same run the
 * ratio of its time per MB and its peak to those of a valid JW323 of about 17 MB (the reference).
 * `--scaling` adds the million-attribute shape at 1/8, 1/4, 1/2 and 1 of its size: linear time
 * keeps the ms per 1,000 attributes flat.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '../src/pipeline/validate.js';
import { jw323 } from './generate.js';
import { hugeText, manyAttributes, manySiblingErrors } from './hostile.js';
import { median, peakMb } from './time.js';

const here = dirname(fileURLToPath(import.meta.url));
const index = join(here, '..', 'dist', 'index.js');
const tmp = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const f = (n: number, d = 1): string => n.toFixed(d);

interface Row {
  label: string;
  mb: number;
  ms: number;
  peak: number | undefined;
  issues: number;
}

function measure(label: string, input: Uint8Array, runs: number): Row {
  const mb = input.length / 1e6;
  const report = validate(input, { maxBytes: 1e9 });
  const ms = median(() => validate(input, { maxBytes: 1e9 }), runs);
  const file = join(tmp, `${label.replace(/\W+/g, '-')}.xml`);
  writeFileSync(file, input);
  const peak = peakMb(file, index);
  rmSync(file);
  return { label, mb, ms, peak, issues: report.issues.length };
}

const reference = measure('valid JW323 (reference)', Buffer.from(jw323(24_000)), 5);
const rows: Row[] = [
  reference,
  measure('1,000,000 attributes on one element', manyAttributes(1_000_000), 5),
  measure('1,000,000 failing siblings', manySiblingErrors(1_000_000), 3),
  measure('one 100 MB text node', hugeText(100_000_000), 3),
];
if (process.argv.includes('--scaling')) {
  for (const n of [125_000, 250_000, 500_000]) rows.push(measure(`${n.toLocaleString('en')} attributes on one element`, manyAttributes(n), 5));
}

const perMb = (r: Row): number => r.ms / r.mb;
console.log('message | MB | ms (median) | MB/s | peak MB | issues | ms per MB / reference | peak / reference');
console.log('--- | --- | --- | --- | --- | --- | --- | ---');
for (const r of rows) {
  const peak = r.peak === undefined ? '—' : f(r.peak);
  const peakRatio = r.peak === undefined || reference.peak === undefined ? '—' : f(r.peak / reference.peak, 2);
  console.log(`${r.label} | ${f(r.mb, 1)} | ${f(r.ms, 0)} | ${f(r.mb / (r.ms / 1000))} | ${peak} | ${r.issues} | ${f(perMb(r) / perMb(reference), 2)} | ${peakRatio}`);
}
rmSync(tmp, { recursive: true, force: true });
