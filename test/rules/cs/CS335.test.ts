import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const TP = 'Client/ToegewezenProducten/ToegewezenProduct';

/** ToegewezenProduct[n] removed with RedenWijziging 13 and the given Einddatum. */
const removed = (bericht: string, n: number, einddatum: string): string =>
  edit(golden(bericht), set(`${TP}[${n}]/Einddatum`, einddatum), insertAfter(`${TP}[${n}]/Einddatum`, '<RedenWijziging>13</RedenWijziging>'));

describe('CS335 a removed toewijzing ends on its Ingangsdatum', () => {
  it.each([
    ['JW301', 2, '2026-11-02'],
    ['WMO301', 1, '2027-04-30'],
  ])('%s: ToegewezenProduct[%i] RedenWijziging 13 with Einddatum %s', (bericht, n, einddatum) => {
    expect(paths('CS335', removed(bericht, n, einddatum))).toEqual([`/Bericht/${TP}[${n}]/Ingangsdatum + /Bericht/${TP}[${n}]/Einddatum`]);
  });

  it.each(['JW301', 'WMO301'])('%s: RedenWijziging 13 with Einddatum equal to Ingangsdatum passes', (bericht) => {
    expect(paths('CS335', removed(bericht, 1, '2026-11-01'))).toEqual([]);
  });

  it('JW301: another RedenWijziging is not checked', () => {
    const xml = edit(golden('JW301'), insertAfter(`${TP}[1]/Einddatum`, '<RedenWijziging>02</RedenWijziging>'));
    expect(paths('CS335', xml)).toEqual([]);
  });
});
