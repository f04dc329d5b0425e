/** `iwmo-ijw serve` from the built command line: listens, answers, warns when exposed without tokens, closes on SIGTERM. */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { golden } from '../support/messages.js';
import { TODAY } from '../support/rules.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(root, 'dist', 'cli.js');

function start(args: string[]): Promise<{ url: string; stderr: () => string; exited: Promise<number | null>; kill: (s: NodeJS.Signals) => void }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--log-level', 'silent', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no 'listening' within 20 s: ${err}`)), 20_000);
    child.stderr.on('data', (d) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, stderr: () => err, exited, kill: (s) => child.kill(s) });
      }
    });
    child.on('exit', () => reject(new Error(`exited early: ${err}`)));
  });
}

describe('iwmo-ijw serve', () => {
  it('answers over HTTP and closes gracefully on SIGTERM (exit 0)', async () => {
    const s = await start(['--store', 'memory:', '--variant', 'inspanningsgericht']);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${s.url}/v1/validate?today=${TODAY}`, { method: 'POST', body: golden('JW301'), headers: { 'content-type': 'application/xml' } });
    const json = (await r.json()) as { valid: boolean; levels: string[]; meta: { recording: string } };
    expect(json).toMatchObject({ valid: true, levels: ['schema', 'rule', 'context', 'variant'], meta: { recording: 'recorded' } });
    expect(s.stderr()).not.toContain('WARNING');
    s.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toContain('SIGTERM: closing');
  });

  it('warns on standard error when told to listen beyond 127.0.0.1 without tokens', async () => {
    const s = await start(['--host', '127.0.0.2']);
    expect(s.stderr()).toMatch(/WARNING: listening on 127\.0\.0\.2 without --tokens/);
    s.kill('SIGINT');
    expect(await s.exited).toBe(0);
  });

  it('exits 2 on a usage error or a store it cannot open', () => {
    const bad = spawnSync(process.execPath, [CLI, 'serve', '--workers', 'many'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--workers takes a whole number');
    const both = spawnSync(process.execPath, [CLI, 'serve', '--variant', 'outputgericht', '--contract', 'x.json'], { encoding: 'utf8' });
    expect(both.status).toBe(2);
    const store = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--store', 'nowhere://x'], { encoding: 'utf8' });
    expect(store.status).toBe(2);
    expect(store.stderr).toContain('nowhere://x');
  });
});
