/**
 * Cold start, process to process: `import('iwmo-ijw')` and one 5 KB message through the command line,
 * as ratios to `node -e 0` measured in the same run, runs interleaved so that the machine's load
 * falls on all three alike. Targets (issue: cold start): import ≤ 40 ms and the CLI ≤ 150 ms in
 * absolute terms on the reference machine; the absolute medians are printed beside the ratios.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jw301 } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'cli.js'))) {
  console.log('(cold start skipped: build first with npm run build)');
} else {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-cold-')), 'jw301.xml');
  writeFileSync(file, jw301());
  const runs: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    "import('iwmo-ijw')": ['--input-type=module', '-e', `await import(${JSON.stringify(join(dist, 'index.js'))})`],
    'CLI, 5 KB JW301': [join(dist, 'cli.js'), 'validate', file],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (let i = 0; i < 21; i++) {
    for (const [label, args] of Object.entries(runs)) {
      const s = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${label} failed with status ${r.status}`);
      times[label]!.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  const med = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const base = med(times['node -e 0']!);
  console.log('\nCold start, process to process (median of 21 interleaved runs)\n\nprocess | ms | ratio to node -e 0 | above node -e 0 (ms)');
  console.log('--- | --- | --- | ---');
  for (const [label, v] of Object.entries(times)) console.log(`${label} | ${med(v).toFixed(0)} | ${(med(v) / base).toFixed(2)} | ${(med(v) - base).toFixed(0)}`);
}
