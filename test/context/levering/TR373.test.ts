import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, at, found, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR373 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const totaal = (datum: string) => msg(prefix, '317', set(`${TE_WIJZIGEN}/Omvang/Frequentie`, '6'), set(`${TE_WIJZIGEN}/Omvang/Volume`, '80'), set(`${TE_WIJZIGEN}/GewensteIngangsdatum`, datum));

  it('a change of the total over the toewijzingsperiode from a later date fails with 9373', () => {
    expect(found('TR373', [toewijzing, totaal('2026-12-01')])).toEqual([at(`${TE_WIJZIGEN}/GewensteIngangsdatum`)]);
    expect(retourcodes('TR373', [toewijzing, totaal('2026-12-01')])).toEqual(['9373']);
  });

  it('near miss: the same change from the Ingangsdatum of the toewijzing', () => {
    expect(found('TR373', [toewijzing, totaal('2026-11-01')])).toEqual([]);
  });

  it('near miss: a change of a weekly Omvang may start later', () => {
    expect(found('TR373', [toewijzing, msg(prefix, '317')])).toEqual([]);
  });
});
