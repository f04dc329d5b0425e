/**
 * --workers N: the CPU-bound work runs on worker threads, the history's units stay on the main
 * thread (the pool forwards each step). Same verdicts as on the main thread, and a 10 MB JW323 being
 * judged does not keep /healthz waiting.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/context/store.js';
import { validate } from '../../src/pipeline/validate.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import { jw323 } from '../../bench/generate.js';
import { exchange } from '../history/contract.js';
import { TODAY } from '../support/rules.js';
import { serve } from './support.js';

describe('worker threads', () => {
  it('give the same verdicts and recordings as validate() over one store, through units held on the main thread', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history, workers: 2, variant: 'inspanningsgericht' });
    for (const std of ['JW', 'WMO'] as const) {
      const store = new MemoryStore();
      for (const xml of exchange(std)) {
        const r = await s.post(`/v1/validate?today=${TODAY}`, xml);
        const expected = validate(xml, { today: TODAY, context: store, variants: { variant: 'inspanningsgericht' } });
        expect(r.json.issues.map((i: { code: string }) => i.code)).toEqual(expected.issues.map((i) => i.code));
        expect(r.json.meta.recording).toBe(expected.valid ? 'recorded' : expected.levels.includes('context') ? 'rejected' : 'not-judged');
      }
    }
    const facts: unknown[] = [];
    for await (const f of history.exportFacts()) facts.push(f);
    const store = new MemoryStore();
    for (const std of ['JW', 'WMO'] as const) for (const xml of exchange(std)) validate(xml, { today: TODAY, context: store, variants: { variant: 'inspanningsgericht' } });
    expect(facts).toEqual(store.all());
  });

  it('answer /healthz while a 10 MB JW323 is being judged', async () => {
    const s = await serve({ workers: 1, store: 'memory:' });
    const big = jw323(14_500);
    expect(big.length).toBeGreaterThan(10_000_000);
    let done = false;
    const judged = s.post(`/v1/validate?today=${TODAY}`, big).finally(() => (done = true));
    const latencies: number[] = [];
    // Let the body arrive and the worker start, then ask for health while it works.
    await new Promise((r) => setTimeout(r, 300));
    while (!done) {
      const h = await s.get('/healthz');
      expect(h.status).toBe(200);
      latencies.push(h.ms);
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await judged;
    expect(r.status).toBe(200);
    expect(r.json.bericht).toBe('JW323');
    expect(latencies.length).toBeGreaterThan(3);
    const worst = Math.max(...latencies);
    // Target 100 ms; the bound is generous for a loaded 2-core machine.
    expect(worst).toBeLessThan(1000);
    console.log(`healthz during a ${(big.length / 1e6).toFixed(1)} MB JW323 (${r.json.meta.ms} ms to judge): ${latencies.length} answers, median ${latencies.sort((a, b) => a - b)[latencies.length >> 1]!.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`);
  });
});
