import { describe, expect, it } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const AP = 'Client/AangevraagdeProducten/AangevraagdProduct[2]';
const locs = (eind = true): string =>
  [...(eind ? [`/Bericht/${AP}/ToewijzingEinddatum`] : []), `/Bericht/${AP}/Omvang/Eenheid`, `/Bericht/${AP}/Omvang/Frequentie`].join(' + ');

describe('CS343 Frequentie for Eenheid 14/16/83/84 in a verzoek om toewijzing', () => {
  it.each([
    ['JW315', '14', '1'],
    ['JW315', '83', '1'],
    ['WMO315', '16', '1'],
    ['WMO315', '84', '1'],
  ])('%s: Eenheid %s with Frequentie %s', (bericht, eenheid, frequentie) => {
    const xml = edit(golden(bericht), set(`${AP}/Omvang/Eenheid`, eenheid), set(`${AP}/Omvang/Frequentie`, frequentie));
    expect(paths('CS343', xml)).toEqual([locs()]);
  });

  it('WMO315: open-ended request', () => {
    const xml = edit(golden('WMO315'), set(`${AP}/Omvang/Frequentie`, '1'), remove(`${AP}/ToewijzingEinddatum`));
    expect(paths('CS343', xml)).toEqual([locs(false)]);
  });

  it.each([
    ['JW315', '2021-01-01', [locs()]],
    ['JW315', '2020-12-31', []],
  ])('%s: ToewijzingEinddatum %s (limit 2020-12-31)', (bericht, einddatum, expected) => {
    const xml = edit(golden(bericht), set(`${AP}/ToewijzingEinddatum`, einddatum), set(`${AP}/Omvang/Frequentie`, '1'));
    expect(paths('CS343', xml)).toEqual(expected);
  });

  it.each([
    ['JW315', '04', '1'],
    ['WMO315', '14', '2'],
  ])('%s: Eenheid %s with Frequentie %s passes', (bericht, eenheid, frequentie) => {
    const xml = edit(golden(bericht), set(`${AP}/Omvang/Eenheid`, eenheid), set(`${AP}/Omvang/Frequentie`, frequentie));
    expect(paths('CS343', xml)).toEqual([]);
  });
});
