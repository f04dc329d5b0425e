import { describe, expect, it } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const TP = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const NP = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const WP = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const locs = (p: string, eind = true): string =>
  [...(eind ? [`/Bericht/${p}/Einddatum`] : []), `/Bericht/${p}/Omvang/Eenheid`, `/Bericht/${p}/Omvang/Frequentie`].join(' + ');

describe('CS338 Frequentie for Eenheid 14/16/83/84 in toewijzing and verzoek om wijziging', () => {
  it.each([
    ['JW301', TP, '14', '1'],
    ['WMO301', TP, '84', '1'],
    ['JW317', NP, '83', '1'],
    ['WMO317', NP, '16', '1'],
    ['JW317', WP, '84', '1'],
  ])('%s: %s Eenheid %s with Frequentie %s', (bericht, product, eenheid, frequentie) => {
    const xml = edit(golden(bericht), set(`${product}/Omvang/Eenheid`, eenheid), set(`${product}/Omvang/Frequentie`, frequentie));
    expect(paths('CS338', xml)).toEqual([locs(product)]);
  });

  it('JW301: without Einddatum the finding has no Einddatum', () => {
    const xml = edit(golden('JW301'), set(`${TP}/Omvang/Frequentie`, '1'), remove(`${TP}/Einddatum`));
    expect(paths('CS338', xml)).toEqual([locs(TP, false)]);
  });

  it.each([
    ['JW301', '2021-01-01', [locs(TP)]],
    ['WMO301', '2020-12-31', []],
  ])('%s: Einddatum %s (limit 2020-12-31)', (bericht, einddatum, expected) => {
    const xml = edit(golden(bericht), set(`${TP}/Einddatum`, einddatum), set(`${TP}/Omvang/Frequentie`, '1'));
    expect(paths('CS338', xml)).toEqual(expected);
  });

  it.each([
    ['JW301', TP, '04', '1'],
    ['WMO301', TP, '14', '6'],
    ['JW317', NP, '83', '4'],
  ])('%s: %s Eenheid %s with Frequentie %s passes', (bericht, product, eenheid, frequentie) => {
    const xml = edit(golden(bericht), set(`${product}/Omvang/Eenheid`, eenheid), set(`${product}/Omvang/Frequentie`, frequentie));
    expect(paths('CS338', xml)).toEqual([]);
  });
});
