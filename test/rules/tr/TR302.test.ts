import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, insertAfter, remove, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';
import { product } from './helpers.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct';
const loc = (a: number, b: number): string => `/Bericht/${tp}[${a}] + /Bericht/${tp}[${b}]`;
const asProduct = (n: number, categorie: string, code: string): Edit[] => [set(`${tp}[${n}]/Product/Categorie`, categorie), set(`${tp}[${n}]/Product/Code`, code)];

// Golden: [1] 2026-11-01 .. 2027-04-30, [2] 2026-11-01 .. 2027-10-31, different products.
describe.each(['JW301', 'WMO301'])('TR302 in %s', (bericht) => {
  const p = product(bericht);
  const same = asProduct(2, p.categorie, p.code);
  it.each<[string, Edit[], string[]]>([
    ['same product, overlapping', same, [loc(1, 2)]],
    ['same product, overlapping by one day', [...same, set(`${tp}[2]/Ingangsdatum`, '2027-04-30')], [loc(1, 2)]],
    ['same product, consecutive', [...same, set(`${tp}[2]/Ingangsdatum`, '2027-05-01')], []],
    ['same category, one without Code', [set(`${tp}[2]/Product/Categorie`, p.categorie), remove(`${tp}[2]/Product/Code`)], [loc(1, 2)]],
    ['same category, other Code', [set(`${tp}[2]/Product/Categorie`, p.categorie), set(`${tp}[2]/Product/Code`, `${p.categorie}X99`)], []],
    ['one without Product', [remove(`${tp}[2]/Product`)], [loc(1, 2)]],
    ['same product, open end against a later start', [...same, remove(`${tp}[1]/Einddatum`), set(`${tp}[2]/Ingangsdatum`, '2030-01-01')], [loc(1, 2)]],
    [
      'removed toewijzing (RedenWijziging 13, Einddatum = Ingangsdatum) does not count',
      [...same, set(`${tp}[2]/Einddatum`, '2026-11-01'), insertAfter(`${tp}[2]/Einddatum`, '<RedenWijziging>13</RedenWijziging>')],
      [],
    ],
    [
      'three overlapping lines of one product: every pair',
      [...same, duplicate(`${tp}[2]`), set(`${tp}[3]/ToewijzingNummer`, '4003')],
      [loc(1, 2), loc(1, 3), loc(2, 3)],
    ],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR302', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

describe('TR302 and hulpmiddelen', () => {
  it('lets iWmo hulpmiddelen (categories 11-14) overlap', () => {
    const xml = edit(golden('WMO301'), ...asProduct(1, '12', '12A01'), ...asProduct(2, '12', '12A01'));
    expect(paths('TR302', xml)).toEqual([]);
  });
  it('still reports other iWmo categories', () => {
    const xml = edit(golden('WMO301'), ...asProduct(1, '15', '15A01'), ...asProduct(2, '15', '15A01'));
    expect(paths('TR302', xml)).toEqual([loc(1, 2)]);
  });
});
