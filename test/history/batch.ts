/**
 * For the tests that run the built CLI: batches of messages on disk (toewijzingen for many clients,
 * built with the scenario helpers, one file per message) and the CLI as a child process.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elfproef } from '../../src/rules/kit.js';
import { etmalen, toewijzing, uren, type Std } from '../context/declaratie/scenario.js';

/** `count` valid BSNs from `from` on. */
export function bsns(count: number, from = 200_000_000): string[] {
  const out: string[] = [];
  for (let n = from; out.length < count; n++) if (elfproef(String(n))) out.push(String(n));
  return out;
}

/**
 * Writes a 301 per client into `dir` (two toegewezen producten each, so two facts per message):
 * client i gets toewijzingen `base + 2i` and `base + 2i + 1`. Returns the file names.
 */
export function writeToewijzingen(dir: string, clients: readonly string[], base: number, s: Std = 'JW'): string[] {
  mkdirSync(dir, { recursive: true });
  return clients.map((bsn, i) => {
    const file = join(dir, `t${String(i).padStart(5, '0')}.xml`);
    const xml = toewijzing(s, bsn, [uren(s, { nummer: String(base + 2 * i) }), etmalen(s, { nummer: String(base + 2 * i + 1) })], `T${base + i}`);
    writeFileSync(file, xml);
    return file;
  });
}

/** The built CLI (`npm run build`). */
export const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');

export interface Exit {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI; with `killAfter`, sends SIGKILL after that many ms (if it is still running). */
export function cliRun(args: string[], killAfter?: number): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

