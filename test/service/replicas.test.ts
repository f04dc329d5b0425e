/**
 * Two replicas on one history judge an exchange exactly as one process does: the messages go to the
 * replicas in turn (and concurrently, for the serial-order guarantee), and the verdicts, recordings
 * and recorded facts equal those of validate() over one store.
 *
 * On PostgreSQL when IWMO_PG_URL is set (CI starts a server and sets it; with CI=true and no URL the
 * test fails rather than skip). Each run uses an aanbieder code of its own, so runs on one database
 * never see each other's facts.
 */
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../src/adapters/open.js';
import { MemoryStore } from '../../src/context/store.js';
import { validate } from '../../src/pipeline/validate.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import type { HistoryPort } from '../../src/ports/history.js';
import { exchange } from '../history/contract.js';
import { TODAY } from '../support/rules.js';
import { serve } from './support.js';

const PG = process.env.IWMO_PG_URL;

async function twoReplicas(open: () => Promise<{ history?: HistoryPort; store?: string }>, aanbieder: string): Promise<void> {
  const [a, b] = [await serve(await open()), await serve(await open())];
  for (const std of ['JW', 'WMO'] as const) {
    const messages = exchange(std).map((x) => x.replaceAll('56781234', aanbieder));
    const store = new MemoryStore();
    const expected = messages.map((xml) => validate(xml, { today: TODAY, context: store }));
    let i = 0;
    for (const xml of messages) {
      const replica = i % 2 ? b : a;
      const r = await replica.post(`/v1/validate?today=${TODAY}`, xml);
      expect(r.json.issues.map((x: { code: string }) => x.code), `message ${i} on replica ${i % 2 ? 'b' : 'a'}`).toEqual(expected[i]!.issues.map((x) => x.code));
      expect(r.json.meta.recording).toBe(expected[i]!.valid ? 'recorded' : expected[i]!.levels.includes('context') ? 'rejected' : 'not-judged');
      i++;
    }
    // The same message sent again to both replicas at once: a duplicate of a recorded message (TR056), recorded no second time.
    const again = await Promise.all([a.post(`/v1/validate?today=${TODAY}`, messages[0]!), b.post(`/v1/validate?today=${TODAY}`, messages[0]!)]);
    expect(again.map((r) => r.json.meta.recording)).toEqual(['rejected', 'rejected']);
    for (const r of again) expect(r.json.issues.map((x: { code: string }) => x.code)).toContain('TR056');
  }
  // Two different competing messages of one scope at once, one to each replica: a start and the same start again.
  // (With an Identificatie and a ToewijzingNummer of its own: the gemeente's 301-A and its toewijzing 4001 were recorded
  // above, and a gemeente uses each only once, TR056 and TR332.)
  const start = exchange('JW')[0]!.replaceAll('56781234', String(Number(aanbieder) + 1).padStart(8, '0')).replace('>301-A<', '>301-R<').replaceAll('>4001<', '>4901<');
  const both = await Promise.all([a.post(`/v1/validate?today=${TODAY}`, start), b.post(`/v1/validate?today=${TODAY}`, start.replace('</jw301:Bericht>', '<!-- other bytes --></jw301:Bericht>'))]);
  const recordings = both.map((r) => r.json.meta.recording).sort();
  const store = new MemoryStore();
  const serial = [start, start].map((x) => validate(x, { today: TODAY, context: store }));
  expect(recordings).toEqual(serial.map((r) => (r.valid ? 'recorded' : 'rejected')).sort());
}

const runId = (): string => String(10_000_000 + Math.floor(Math.random() * 80_000_000));

describe('two replicas on one history', () => {
  it('in one process on one MemoryHistory: the same verdicts as one process', async () => {
    const shared = new MemoryHistory();
    await twoReplicas(async () => ({ history: shared }), runId());
  });

  it.runIf(PG !== undefined || process.env.CI === 'true')('on one PostgreSQL (IWMO_PG_URL): the same verdicts as one process', async () => {
    expect(PG, 'CI must set IWMO_PG_URL to a PostgreSQL server for this test').toBeDefined();
    // Each replica opens its own pool on the database, as two serve processes would.
    await twoReplicas(async () => ({ store: PG! }), runId());
    const check = await openHistory(PG!);
    try {
      expect(await check.check()).toEqual([]);
    } finally {
      await check.close();
    }
  });
});
