import { describe, expect, it } from 'vitest';
import { edit, golden, remove, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';
import { product } from './helpers.js';

const ap = 'Client/AangevraagdeProducten/AangevraagdProduct';
const loc = `/Bericht/${ap}[1] + /Bericht/${ap}[2]`;
const asProduct = (n: number, categorie: string, code: string): Edit[] => [set(`${ap}[${n}]/Product/Categorie`, categorie), set(`${ap}[${n}]/Product/Code`, code)];

// Golden: [1] 2026-12-01 .. 2027-05-31, [2] 2026-12-01 .. 2027-11-30, different products.
describe.each(['JW315', 'WMO315'])('TR386 in %s', (bericht) => {
  const p = product(bericht);
  const same = asProduct(2, p.categorie, p.code);
  it.each<[string, Edit[], string[]]>([
    ['same product, overlapping', same, [loc]],
    ['same product, overlapping by one day', [...same, set(`${ap}[2]/ToewijzingIngangsdatum`, '2027-05-31')], [loc]],
    ['same product, consecutive', [...same, set(`${ap}[2]/ToewijzingIngangsdatum`, '2027-06-01')], []],
    ['same category, one without Code', [set(`${ap}[2]/Product/Categorie`, p.categorie), remove(`${ap}[2]/Product/Code`)], [loc]],
    ['one without Product', [remove(`${ap}[2]/Product`)], [loc]],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR386', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

describe('TR386 and hulpmiddelen', () => {
  it('lets iWmo hulpmiddelen (categories 11-14) overlap', () => {
    expect(paths('TR386', edit(golden('WMO315'), ...asProduct(1, '13', '13A01'), ...asProduct(2, '13', '13A01')))).toEqual([]);
  });
});
