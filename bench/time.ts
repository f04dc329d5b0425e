import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Median of `runs` timings (ms) of `fn`, after one warm-up run. */
export function median(fn: () => unknown, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Peak resident memory (MB) of a child process that validates `file` with the built library
 * (`index`, dist/index.js), less that of a child that reads the file and only loads the library.
 *
 * The child reports VmHWM from /proc/self/status where there is one: on Linux the maxRSS of
 * getrusage() survives fork and exec, so a child of a parent that already holds hundreds of MB
 * reports at least the parent's size, whatever it did itself.
 */
export function peakMb(file: string, index: string): number | undefined {
  if (!existsSync(index)) return undefined;
  const hwm =
    "(() => { try { const m = /VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {} return process.resourceUsage().maxRSS; })()";
  const script = (validateIt: boolean): string =>
    `import('${index}').then(({ validate }) => { const b = require('fs').readFileSync(${JSON.stringify(file)}); ${validateIt ? 'validate(b, { maxBytes: 1e9 });' : ''} console.log(${hwm}); })`;
  const rss = (v: boolean): number => {
    const r = spawnSync(process.execPath, ['-e', script(v)], { encoding: 'utf8' });
    const kb = Number(r.stdout?.trim() || NaN);
    if (r.status !== 0 || !(kb > 0)) throw new Error(`the memory probe failed (status ${r.status}, signal ${r.signal}): ${r.stderr?.slice(0, 200)}`);
    return kb / 1024;
  };
  return rss(true) - rss(false);
}
