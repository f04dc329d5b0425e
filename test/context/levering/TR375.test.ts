import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, TOEGEWEZEN, at, found, insertAfter, msg, remove, retourcodes, set } from './support.js';

/** Toewijzing 4001 without Product (generiek, with a Budget), ending after 2020; alone (without Product it would overlap every other toewijzing, TR302). */
export const zonderProduct = (prefix: 'JW' | 'WMO', ...edits: Parameters<typeof msg>[2][]) =>
  msg(prefix, '301', remove(`${TOEGEWEZEN}[2]`), remove(`${TOEGEWEZEN}[1]/Omvang`), remove(`${TOEGEWEZEN}[1]/Product`), insertAfter(`${TOEGEWEZEN}[1]/Einddatum`, '<Budget>200000</Budget>'), ...edits);

describe.each(STANDAARDEN)('TR375 ($standaard)', ({ prefix }) => {
  it('an Omvang on a toewijzing without Product fails with 9375 (and with TR412)', () => {
    const seq = [zonderProduct(prefix), msg(prefix, '317')];
    expect(found('TR375', seq)).toEqual([at(`${TE_WIJZIGEN}/Omvang`)]);
    expect(retourcodes('TR375', seq)).toEqual(['9375']);
    expect(found('TR412', seq)).toEqual([at(`${TE_WIJZIGEN}/Omvang`)]);
  });

  it('near miss: without Omvang', () => {
    expect(found('TR375', [zonderProduct(prefix), msg(prefix, '317', remove(`${TE_WIJZIGEN}/Omvang`))])).toEqual([]);
  });

  it('near miss: a toewijzing without Product that ended by 31 December 2020', () => {
    const oud = zonderProduct(prefix, set(`${TOEGEWEZEN}[1]/Ingangsdatum`, '2020-01-01'), set(`${TOEGEWEZEN}[1]/Einddatum`, '2020-12-31'));
    expect(found('TR375', [oud, msg(prefix, '317')])).toEqual([]);
  });
});
