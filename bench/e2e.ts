/**
 * End to end, process to process (issue 16, point 4): what a pipeline sees.
 *
 *   1. one 10.9 MB JW323 (15,000 prestaties): `iwmo-ijw validate` (levels 1+2) against
 *      `xmllint --noout --schema <official XSD>` (level 1 only), and `node -e 0` for scale;
 *   2. a batch of 10,000 small files (the 5 KB JW301) through one CLI call (one thread and worker
 *      threads) against the same batch through one `xmllint --schema` call with all files.
 *
 * Every command runs `RUNS` times (default 5), interleaved, and the median is reported; ratios are
 * to xmllint measured in the same run. Needs the built CLI (`npm run build`) and xmllint (libxml2).
 *
 *   npm run bench:e2e                 RUNS=7 BATCH=2000 npm run bench:e2e
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jw301, jw323 } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const xsd = (bericht: string): string => join(root, '..', 'shared', 'reference', 'ijw-3.2', 'xsd', `${bericht}.xsd`);
const RUNS = Number(process.env.RUNS ?? 5);
const BATCH = Number(process.env.BATCH ?? 10_000);
const PRESTATIES = Number(process.env.PRESTATIES ?? 15_000);

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build`');
if (spawnSync('xmllint', ['--version']).status !== 0) throw new Error('xmllint is missing (apt-get install libxml2-utils)');

interface Command {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  /** Exit statuses that mean "ran as intended". */
  readonly ok: readonly number[];
}

function time(c: Command): number {
  const s = process.hrtime.bigint();
  const r = spawnSync(c.cmd, c.args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - s) / 1e6;
  if (r.status === null || !c.ok.includes(r.status)) throw new Error(`${c.name}: exit ${r.status} ${r.signal ?? ''}: ${r.stderr?.toString().slice(0, 300)}`);
  return ms;
}

/** Medians of interleaved runs (one warm-up round first, not counted). */
function measure(commands: readonly Command[]): Map<string, number> {
  const t = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  for (const c of commands) time(c);
  for (let i = 0; i < RUNS; i++) for (const c of commands) t.get(c.name)!.push(time(c));
  return new Map([...t].map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!]));
}

const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-e2e-'));
try {
  const big = join(dir, 'jw323.xml');
  writeFileSync(big, jw323(PRESTATIES));
  const node = process.execPath;
  const bigCommands: Command[] = [
    { name: 'node -e 0', cmd: node, args: ['-e', '0'], ok: [0] },
    { name: 'xmllint --noout --schema (level 1)', cmd: 'xmllint', args: ['--noout', '--schema', xsd('jw323'), big], ok: [0] },
    { name: 'iwmo-ijw validate (levels 1+2)', cmd: node, args: [cli, 'validate', big, '--quiet'], ok: [0] },
    { name: 'iwmo-ijw validate --format jsonl', cmd: node, args: [cli, 'validate', big, '--format', 'jsonl'], ok: [0] },
  ];
  const size = (spawnSync('stat', ['-c', '%s', big], { encoding: 'utf8' }).stdout.trim() as string) || '?';
  console.log(`JW323 with ${PRESTATIES} prestaties (${(Number(size) / 1e6).toFixed(1)} MB), ${RUNS} runs each, interleaved, medians; ${availableParallelism()} cores`);
  const b = measure(bigCommands);
  const ref = b.get('xmllint --noout --schema (level 1)')!;
  console.log('\n| command | median ms | ratio to xmllint |\n|---|---:|---:|');
  for (const [name, ms] of b) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / ref).toFixed(2)}× |`);

  const batch = join(dir, 'batch');
  mkdirSync(batch);
  const small = jw301();
  const files: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const f = join(batch, `m${String(i).padStart(5, '0')}.xml`);
    writeFileSync(f, small);
    files.push(f);
  }
  // xmllint takes the files as arguments: one call with all of them (10,000 paths fit in ARG_MAX).
  const batchCommands: Command[] = [
    { name: `xmllint --noout --schema, ${BATCH} files`, cmd: 'xmllint', args: ['--noout', '--schema', xsd('jw301'), ...files], ok: [0] },
    { name: `iwmo-ijw validate --jobs 0, ${BATCH} files`, cmd: node, args: [cli, 'validate', batch, '--quiet', '--jobs', '0'], ok: [0] },
    { name: `iwmo-ijw validate --jobs 2, ${BATCH} files`, cmd: node, args: [cli, 'validate', batch, '--quiet', '--jobs', '2'], ok: [0] },
    { name: `iwmo-ijw validate (default jobs), ${BATCH} files`, cmd: node, args: [cli, 'validate', batch, '--quiet'], ok: [0] },
  ];
  console.log(`\nBatch of ${BATCH} JW301 files (${(small.length / 1024).toFixed(1)} KB each), one process per tool`);
  const m = measure(batchCommands);
  const bref = m.get(batchCommands[0]!.name)!;
  console.log('\n| command | median ms | messages/s | ratio to xmllint |\n|---|---:|---:|---:|');
  for (const [name, ms] of m) console.log(`| ${name} | ${ms.toFixed(0)} | ${((BATCH * 1000) / ms).toFixed(0)} | ${(ms / bref).toFixed(2)}× |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
