import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, TOEGEWEZEN, at, found, insertAfter, msg, remove, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR412 ($standaard)', ({ prefix }) => {
  /** Toewijzing 4001 with only a ProductCategorie (no Code), with a Budget. */
  const zonderCode = msg(prefix, '301', remove(`${TOEGEWEZEN}[1]/Omvang`), remove(`${TOEGEWEZEN}[1]/Product/Code`), insertAfter(`${TOEGEWEZEN}[1]/Einddatum`, '<Budget>200000</Budget>'));

  it('an Omvang on a toewijzing without product code fails with 9412 (not TR375: it has a Product)', () => {
    const seq = [zonderCode, msg(prefix, '317')];
    expect(found('TR412', seq)).toEqual([at(`${TE_WIJZIGEN}/Omvang`)]);
    expect(retourcodes('TR412', seq)).toEqual(['9412']);
    expect(found('TR375', seq)).toEqual([]);
  });

  it('near miss: an Omvang on a toewijzing with a product code', () => {
    expect(found('TR412', [msg(prefix, '301'), msg(prefix, '317')])).toEqual([]);
  });
});
