import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const dag = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const datum = 'Client/Geboortedatum/Datum';

// Dagtekening of the goldens: 2026-11-02.
describe.each(['JW301', 'WMO301', 'JW302', 'WMO302', 'JW305', 'WMO305', 'JW307', 'WMO307', 'JW315', 'WMO315'])('TR002 in %s', (bericht) => {
  it.each([
    ['120 years and one day before', [set(datum, '1906-11-01')], [`${dag} + /Bericht/${datum}`]],
    ['long before', [set(datum, '1890-03-15')], [`${dag} + /Bericht/${datum}`]],
    ['exactly 120 years before', [set(datum, '1906-11-02')], []],
    ['unknown birth date (DatumGebruik 3, 1900-01-01)', [set(datum, '1900-01-01'), insertAfter(datum, '<b:DatumGebruik>3</b:DatumGebruik>')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR002', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

describe('TR002 on a relation', () => {
  it('checks the Geboortedatum of a Relatie too', () => {
    const xml = edit(golden('JW301'), insertAfter('Client/Relaties/Relatie/Soort', '<Geboortedatum><b:Datum>1899-01-01</b:Datum></Geboortedatum>'));
    expect(paths('TR002', xml)).toEqual([`${dag} + /Bericht/Client/Relaties/Relatie/Geboortedatum/Datum`]);
  });
});
