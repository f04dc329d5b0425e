/**
 * Hostile input and limits over real HTTP: every hostile body gets a 4xx/5xx answer within its time
 * bound, slow clients are dropped, work in flight is bounded (503 + Retry-After), a close finishes
 * what is in flight — and after each, the process still answers /healthz.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MemoryHistory } from '../../src/ports/memory.js';
import type { HistoryPort, HistoryUnit } from '../../src/ports/history.js';
import { DEFAULT_BODY_LIMIT } from '../../src/service/index.js';
import { golden } from '../support/messages.js';
import { TODAY } from '../support/rules.js';
import { serve, type Running } from './support.js';

async function stillUp(s: Running): Promise<void> {
  const h = await s.get('/healthz');
  expect(h.status).toBe(200);
  expect(h.json.status).toBe('alive');
}

/** A MemoryHistory whose units wait until `open()`: holds messages in flight for as long as a test needs. */
class HeldHistory implements HistoryPort {
  readonly inner = new MemoryHistory();
  private release!: () => void;
  private gate = new Promise<void>((r) => (this.release = r));
  entered = 0;
  async unit<T>(scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
    this.entered++;
    await this.gate;
    return this.inner.unit(scope, work);
  }
  open(): void {
    this.release();
  }
  async close(): Promise<void> {}
}

const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('hostile bodies', () => {
  const cases: Array<[string, () => string | Uint8Array]> = [
    [
      'an entity bomb',
      () =>
        '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa">' +
        Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`).join('') +
        ']><Bericht>&a9;</Bericht>',
    ],
    ['200 000 nested elements', () => '<a>'.repeat(200_000) + '</a>'.repeat(200_000)],
    ['1 MB of random bytes', () => new Uint8Array(randomBytes(1024 * 1024))],
    ['a message cut in half', () => golden('JW301').slice(0, 900)],
    ['UTF-16 with a byte-order mark', () => new Uint8Array([0xff, 0xfe, ...Buffer.from(golden('JW301'), 'utf16le')])],
  ];
  for (const [name, body] of cases) {
    it(`${name}: 422 with a report, quickly, and the process stays up`, async () => {
      const s = await serve({ store: 'memory:' });
      const r = await s.post('/v1/validate', body());
      expect(r.status).toBe(422);
      expect(r.json.error.code).toBe('not-a-message');
      expect(r.json.report.valid).toBe(false);
      expect(r.text).not.toMatch(/\n\s+at /);
      expect(r.ms).toBeLessThan(10_000);
      await stillUp(s);
    });
  }

  it('a body over the limit gets 413 (1 MB limit, 2 MB body); the default limit is 100 MB', async () => {
    expect(DEFAULT_BODY_LIMIT).toBe(100 * 1024 * 1024);
    const byDefault = await serve();
    expect(byDefault.service.app.initialConfig.bodyLimit).toBe(DEFAULT_BODY_LIMIT);
    const s = await serve({ bodyLimit: 1024 * 1024 });
    const big = golden('JW301').replace('</jw301:Bericht>', `<!--${'x'.repeat(2 * 1024 * 1024)}--></jw301:Bericht>`);
    const r = await s.post('/v1/validate', big);
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('too-large');
    const batch = await s.post('/v1/batch', 'x'.repeat(2 * 1024 * 1024), { 'content-type': 'application/x-ndjson' });
    expect(batch.status).toBe(413);
    await stillUp(s);
    expect((await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'))).status).toBe(200);
  });

  it('a slow-loris client sending its headers byte by byte is dropped within the headers timeout', async () => {
    const s = await serve({ timeouts: { headersMs: 400, checkIntervalMs: 100 } });
    const { port } = new URL(s.url);
    const socket = connect(Number(port), '127.0.0.1');
    const start = Date.now();
    const head = 'POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nX-Slow: ' + 'a'.repeat(1000);
    let i = 0;
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    const timer = setInterval(() => {
      if (i < head.length && !socket.destroyed) socket.write(head[i++]!);
    }, 50);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - start));
      socket.on('error', () => undefined);
    });
    clearInterval(timer);
    expect(i).toBeLessThan(head.length);
    expect(closedAfter).toBeLessThan(3000);
    if (received) expect(received).toMatch(/^HTTP\/1\.1 408/);
    await stillUp(s);
  });
});

describe('work in flight', () => {
  it('is bounded: beyond the limit 503 with Retry-After, and the messages held finish', async () => {
    const history = new HeldHistory();
    const s = await serve({ history, maxInFlight: 2 });
    const held = [s.post(`/v1/validate?today=${TODAY}`, golden('JW301')), s.post(`/v1/validate?today=${TODAY}`, golden('JW305'))];
    await until(() => history.entered === 2);
    const busy = await s.post(`/v1/validate?today=${TODAY}`, golden('JW315'));
    expect(busy.status).toBe(503);
    expect(busy.json.error.code).toBe('busy');
    expect(busy.headers.get('retry-after')).toBe('1');
    await stillUp(s);
    history.open();
    const done = await Promise.all(held);
    expect(done.map((d) => d.status)).toEqual([200, 200]);
    expect((await s.post(`/v1/validate?today=${TODAY}`, golden('JW315'))).status).toBe(200);
    const metrics = await s.get('/metrics');
    expect(metrics.text).toMatch(/^iwmo_busy_rejections_total 1$/m);
  });

  it('a close stops accepting and finishes the messages in flight first', async () => {
    const history = new HeldHistory();
    const s = await serve({ history });
    const inFlight = s.post(`/v1/validate?today=${TODAY}`, golden('JW301'));
    await until(() => history.entered === 1);
    let closed = false;
    const closing = s.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    history.open();
    const r = await inFlight;
    expect(r.status).toBe(200);
    expect(r.json.meta.recording).toBe('recorded');
    await closing;
    expect((await history.inner.stats()).messages).toBe(1);
  });

  it('a history that fails is 503 history-unavailable (nothing recorded, never valid), and /readyz says not ready', async () => {
    const failing: HistoryPort = {
      unit: async () => {
        const { HistoryError } = await import('../../src/ports/history.js');
        throw new HistoryError('unavailable', 'the database is down');
      },
      close: async () => undefined,
    };
    const s = await serve({ history: failing });
    const r = await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'));
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe('history-unavailable');
    expect(r.json.report.valid).toBe(false);
    expect(r.json.report.meta.recording).toBe('failed');
    const ready = await s.get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.error.code).toBe('not-ready');
    expect((await s.get('/metrics')).text).toMatch(/^iwmo_history_errors_total\{operation="unit"\} 1$/m);
    await stillUp(s);
  });
});

it('never lets a stack trace reach the client, whatever the route', async () => {
  const s = await serve();
  const answers = await Promise.all([
    s.post('/v1/validate?dryRun=maybe', 'x'),
    s.post('/v1/batch', '{"name": 1}\n', { 'content-type': 'application/x-ndjson' }),
    s.get('/v1/rules/' + 'x'.repeat(200)),
    s.get('/v1/retourcodes/%ZZ'),
    s.post('/healthz', 'x'),
  ]);
  for (const a of answers) {
    expect(a.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(a.status).toBeLessThan(500);
  }
  await stillUp(s);
});
