/**
 * The contract every history adapter keeps (Memory, SQLite, PostgreSQL): the same exchange gives
 * the same reports as `validate()` over a MemoryStore, a dry run records nothing, the same message
 * is recorded once, competing messages are judged one after the other, and a failing history is an
 * error in the report, never "valid".
 *
 *   historyContract('SQLite', async () => openSqliteHistory(tmpFile()));
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/context/store.js';
import { checkAsync, validateAsync } from '../../src/pipeline/async.js';
import { validate } from '../../src/pipeline/validate.js';
import type { HistoryAdmin, HistoryPort } from '../../src/ports/history.js';
import { TODAY } from '../support/rules.js';
import { golden } from '../support/messages.js';
import { BSN1, antwoord, basis301, basisClienten, declaratie, toewijzing, uren, uurPrestatie, type Std } from '../context/declaratie/scenario.js';

/** An exchange that exercises every kind of fact: toewijzingen, start and stop, requests, answers, declarations and a 325, plus rejected messages. */
export function exchange(s: Std): string[] {
  const clienten = basisClienten(s);
  return [
    ...basis301(s),
    golden(`${s}315`),
    golden(`${s}319`),
    golden(`${s}305`),
    golden(`${s}305`), // sent again: a duplicate start (TR074) — rejected, not recorded
    declaratie(s, 'D1', '2026-10', clienten),
    declaratie(s, 'D1', '2026-10', clienten, '323-again'), // DeclaratieNummer used twice (TR333)
    antwoord(s, 'D1', clienten, [{ bsn: BSN1, prestaties: [uurPrestatie(s)] }]),
    declaratie(s, 'D2', '2026-11', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', begin: '2026-11-01', eind: '2026-11-30' })] }]),
    golden(`${s}307`),
  ];
}

export function historyContract(name: string, open: () => Promise<HistoryPort & Partial<HistoryAdmin>>): void {
  describe(`the history contract: ${name}`, () => {
    let history: (HistoryPort & Partial<HistoryAdmin>) | undefined;
    afterEach(async () => {
      await history?.close();
      history = undefined;
    });

    for (const s of ['JW', 'WMO'] as const) {
      it(`gives the same reports as validate() over a MemoryStore (${s})`, async () => {
        history = await open();
        const store = new MemoryStore();
        const messages = exchange(s);
        const expected = messages.map((xml) => validate(xml, { today: TODAY, context: store }));
        expect(expected.filter((r) => !r.valid).length, 'the exchange holds rejected messages').toBeGreaterThan(0);
        const actual = [];
        for (const xml of messages) actual.push(await validateAsync(xml, { today: TODAY, history }));
        expect(actual).toEqual(expected);
        if (history.stats) expect((await history.stats()).facts).toBe(store.all().length);
      });
    }

    it('records an accepted message once: sent again it is a repeat (TR056); nothing in a dry run', async () => {
      history = await open();
      const xml = basis301('JW')[0]!;
      expect((await checkAsync(xml, { today: TODAY, history, dryRun: true })).recording).toBe('dry-run');
      expect((await checkAsync(xml, { today: TODAY, history })).recording).toBe('recorded');
      const again = await checkAsync(xml, { today: TODAY, history });
      expect(again.recording).toBe('rejected');
      expect(again.report.issues.map((i) => [i.code, i.retourcode])).toEqual([['TR056', '9056']]);
      if (history.stats) expect((await history.stats()).messages).toBe(1);
    });

    it('records a message that no rule of level 3 judges (a retourbericht) once, however often it is sent', async () => {
      history = await open();
      const xml = golden('JW302');
      expect((await checkAsync(xml, { today: TODAY, history })).recording).toBe('recorded');
      expect((await checkAsync(xml, { today: TODAY, history })).recording).toBe('already-recorded');
      if (history.stats) expect((await history.stats()).messages).toBe(1);
    });

    it('accepts exactly one of two declarations that race for the same DeclaratieNummer', async () => {
      history = await open();
      for (const xml of basis301('JW')) expect((await validateAsync(xml, { today: TODAY, history })).valid).toBe(true);
      const a = declaratie('JW', 'D9', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW', { ref: 'PR-A' })] }], '323-A');
      const b = declaratie('JW', 'D9', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW', { ref: 'PR-B' })] }], '323-B');
      const results = await Promise.all([checkAsync(a, { today: TODAY, history }), checkAsync(b, { today: TODAY, history })]);
      expect(results.map((r) => r.recording).sort()).toEqual(['recorded', 'rejected']);
      expect(results.find((r) => r.recording === 'rejected')!.report.issues.map((i) => i.code)).toContain('TR333');
    });

    it('accepts exactly one of two messages a gemeente sends to two aanbieders with one Identificatie (TR056 spans its aanbieders)', async () => {
      history = await open();
      const a = toewijzing('JW', BSN1, [uren('JW', { nummer: '7001' })], '301-X');
      const b = toewijzing('JW', BSN1, [uren('JW', { nummer: '7002' })], '301-X').replaceAll('56781234', '12345678');
      const results = await Promise.all([checkAsync(a, { today: TODAY, history }), checkAsync(b, { today: TODAY, history })]);
      expect(results.map((r) => r.recording).sort()).toEqual(['recorded', 'rejected']);
      expect(results.find((r) => r.recording === 'rejected')!.report.issues.map((i) => i.code)).toContain('TR056');
    });

    it('judges a declaration on a toewijzing the history holds (prefetch finds it) and one it does not', async () => {
      history = await open();
      const onKnown = declaratie('JW', 'D5', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie('JW')] }]);
      expect((await validateAsync(onKnown, { today: TODAY, history })).issues.map((i) => i.code)).toContain('TR338');
      for (const xml of basis301('JW')) await validateAsync(xml, { today: TODAY, history });
      expect((await validateAsync(onKnown, { today: TODAY, history })).valid).toBe(true);
    });
  });
}
