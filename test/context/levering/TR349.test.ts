import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/context/store.js';
import { contextPaths } from '../../support/context.js';
import { ONGEWIJZIGD, STANDAARDEN, TOEGEWEZEN, at, found, insertAfter, judge, msg, remove, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR349 ($standaard)', ({ prefix }) => {
  /** The golden 317 without its OngewijzigdProduct (toewijzing 4002). */
  const zonder4002 = msg(prefix, '317', remove('Client/Verzoek/OngewijzigdeProducten'));

  it('a verzoek om wijziging that leaves out an actual toewijzing fails with 9349 on the Verzoek', () => {
    const seq = [msg(prefix, '301'), zonder4002];
    expect(found('TR349', seq)).toEqual([at('Client/Verzoek')]);
    expect(retourcodes('TR349', seq)).toEqual(['9349']);
  });

  it('a toewijzing that starts in the future is actual', () => {
    const seq = [msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Ingangsdatum`, '2027-01-01')), zonder4002];
    expect(found('TR349', seq)).toEqual([at('Client/Verzoek')]);
  });

  it('actual is judged on the Dagtekening (2026-11-02), not on today (2026-11-23): a toewijzing ending 2026-11-10 still counts', () => {
    const seq = [msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-11-10')), zonder4002];
    expect(found('TR349', seq)).toEqual([at('Client/Verzoek')]);
  });

  it('near miss: the golden names both toewijzingen', () => {
    expect(found('TR349', [msg(prefix, '301'), msg(prefix, '317')])).toEqual([]);
  });

  it('near miss: a toewijzing that ended before the Dagtekening is not actual', () => {
    const ended = msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Ingangsdatum`, '2026-10-01'), set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-10-31'));
    expect(found('TR349', [ended, zonder4002])).toEqual([]);
  });

  it('near miss: a toewijzing removed with RedenWijziging 13 (Einddatum = Ingangsdatum) is not actual', () => {
    const removed = msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-11-01'), insertAfter(`${TOEGEWEZEN}[2]/Einddatum`, '<RedenWijziging>13</RedenWijziging>'));
    expect(found('TR349', [msg(prefix, '301'), removed, zonder4002])).toEqual([]);
  });

  it('near miss: a toewijzing cancelled with RedenWijziging 01 in the stored history is not actual', () => {
    // CS336 keeps 01 out of new 301s, so the fact is put in the store as older history would be.
    const store = new MemoryStore();
    const first = judge([msg(prefix, '301')], { store });
    expect(first.valid).toBe(true);
    const t = store.toewijzing({ standaard: first.standaard!, gemeente: '0344', aanbieder: '56781234' }, '4002')!;
    store.add({ ...t, einddatum: t.ingangsdatum, redenWijziging: '01' });
    expect(contextPaths(judge([zonder4002], { store }), 'TR349')).toEqual([]);
  });

  it('a toewijzing shortened with another RedenWijziging is still actual', () => {
    const shortened = msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-11-05'), insertAfter(`${TOEGEWEZEN}[2]/Einddatum`, '<RedenWijziging>05</RedenWijziging>'));
    expect(found('TR349', [msg(prefix, '301'), shortened, zonder4002])).toEqual([at('Client/Verzoek')]);
  });

  it('near miss: toewijzingen of another client do not count', () => {
    const other = msg(prefix, '301', set('Client/Bsn', '111222333'), set(`${TOEGEWEZEN}[1]/ToewijzingNummer`, '5001'), set(`${TOEGEWEZEN}[2]/ToewijzingNummer`, '5002'));
    expect(found('TR349', [msg(prefix, '301'), other, msg(prefix, '317')])).toEqual([]);
  });

  it('an OngewijzigdProduct with another number does not cover the toewijzing', () => {
    expect(found('TR349', [msg(prefix, '301'), msg(prefix, '317', set(`${ONGEWIJZIGD}/ToewijzingNummer`, '4009'))])).toEqual([at('Client/Verzoek')]);
  });
});
