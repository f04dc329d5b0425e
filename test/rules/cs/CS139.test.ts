import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const G = 'Client/Geboortedatum';

/** The client's Geboortedatum set to `datum` with DatumGebruik `gebruik`. */
const birth = (bericht: string, datum: string, gebruik: string): string =>
  edit(golden(bericht), set(`${G}/Datum`, datum), insertAfter(`${G}/Datum`, `<b:DatumGebruik>${gebruik}</b:DatumGebruik>`));

describe('CS139 Datum matches DatumGebruik', () => {
  it.each([
    ['JW301', '2014-05-17', '1'],
    ['JW305', '2014-05-02', '1'],
    ['WMO301', '2014-02-01', '2'],
    ['JW315', '2014-01-02', '2'],
    ['WMO307', '1900-01-02', '3'],
    ['WMO315', '2014-01-01', '3'],
  ])('%s: Datum %s with DatumGebruik %s', (bericht, datum, gebruik) => {
    expect(paths('CS139', birth(bericht, datum, gebruik))).toEqual([`/Bericht/${G}/Datum + /Bericht/${G}/DatumGebruik`]);
  });

  it.each([
    ['JW301', '2014-05-01', '1'],
    ['WMO305', '2014-01-01', '2'],
    ['JW307', '1900-01-01', '3'],
  ])('%s: Datum %s with DatumGebruik %s passes', (bericht, datum, gebruik) => {
    expect(paths('CS139', birth(bericht, datum, gebruik))).toEqual([]);
  });

  it('JW301: also checked on a Relatie', () => {
    const xml = edit(golden('JW301'), insertAfter('Client/Relaties/Relatie/Soort', '<Geboortedatum><b:Datum>1980-03-04</b:Datum><b:DatumGebruik>2</b:DatumGebruik></Geboortedatum>'));
    expect(paths('CS139', xml)).toEqual(['/Bericht/Client/Relaties/Relatie/Geboortedatum/Datum + /Bericht/Client/Relaties/Relatie/Geboortedatum/DatumGebruik']);
  });
});
