import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/variants/index.js';
import { regionalCodesFromContract, tarievenFromContract } from '../../src/sources/index.js';

const base = { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'inspanningsgericht' };
const errors = (contract: object): string[] => {
  const r = loadContract({ contracten: [{ ...base, ...contract }] });
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('tarieven and productcodes in the contract file', () => {
  it('loads a product with tarieven and a regional list', () => {
    const r = loadContract({
      contracten: [
        {
          ...base,
          producten: [{ categorie: '45', code: '45A07', tarieven: [{ bedrag: 7500, eenheid: '04', frequentie: '2', begindatum: '2026-01-01', einddatum: '2026-06-30' }, { bedrag: 7650, eenheid: '04', begindatum: '2026-07-01' }] }],
          productcodes: [{ categorie: '43', code: '45Z99' }],
        },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(tarievenFromContract(r.contract)).toEqual([
      { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', categorie: '45', code: '45A07', bedrag: 7500, eenheid: '04', frequentie: '2', begindatum: '2026-01-01', einddatum: '2026-06-30' },
      { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', categorie: '45', code: '45A07', bedrag: 7650, eenheid: '04', begindatum: '2026-07-01' },
    ]);
    expect(regionalCodesFromContract(r.contract)).toEqual([{ standaard: 'iJw', gemeente: '0344', codes: [{ categorie: '43', code: '45Z99' }, { categorie: '45', code: '45A07' }] }]);
  });

  it.each([
    ['an amount in euros instead of eurocent', { producten: [{ categorie: '45', tarieven: [{ bedrag: 76.5, eenheid: '04' }] }] }, ['contracten[0].producten[0].tarieven[0].bedrag: must be a whole number, got 76.5']],
    ['a negative amount', { producten: [{ categorie: '45', tarieven: [{ bedrag: -1, eenheid: '04' }] }] }, ['contracten[0].producten[0].tarieven[0].bedrag: must be an amount in eurocent from 0 to 99999999, got -1']],
    ['an unknown eenheid', { producten: [{ categorie: '45', tarieven: [{ bedrag: 1, eenheid: '4' }] }] }, ["contracten[0].producten[0].tarieven[0].eenheid: unknown eenheid '4' (01, 04, 14, 16, 82, 83, 84)"]],
    ['a tarief without eenheid', { producten: [{ categorie: '45', tarieven: [{ bedrag: 1 }] }] }, ['contracten[0].producten[0].tarieven[0].eenheid: missing']],
    ['a date that is not one', { producten: [{ categorie: '45', tarieven: [{ bedrag: 1, eenheid: '04', begindatum: '2026-13-01' }] }] }, ["contracten[0].producten[0].tarieven[0].begindatum: must be a date YYYY-MM-DD, got '2026-13-01'"]],
    ['an einddatum before the begindatum', { producten: [{ categorie: '45', tarieven: [{ bedrag: 1, eenheid: '04', begindatum: '2026-07-01', einddatum: '2026-06-30' }] }] }, ['contracten[0].producten[0].tarieven[0].einddatum: lies before begindatum 2026-07-01']],
    [
      'two tarieven of one eenheid at the same time',
      { producten: [{ categorie: '45', tarieven: [{ bedrag: 1, eenheid: '04', einddatum: '2026-06-30' }, { bedrag: 2, eenheid: '04', begindatum: '2026-06-30' }] }] },
      ['contracten[0].producten[0].tarieven[1]: overlaps contracten[0].producten[0].tarieven[0] (eenheid 04): one product has one tarief per eenheid at a time'],
    ],
    ['a regional code listed twice', { productcodes: [{ categorie: '45', code: '45Z01' }, { categorie: '45', code: '45Z01' }] }, ['contracten[0].productcodes[1]: duplicate product 45/45Z01 (also at contracten[0].productcodes[0])']],
    ['a regional code without category', { productcodes: [{ code: '45Z01' }] }, ['contracten[0].productcodes[0].categorie: missing']],
  ])('rejects %s', (_name, contract, expected) => {
    expect(errors(contract)).toEqual(expected);
  });

  it('accepts tarieven of one product in different eenheden at the same time, and consecutive periods', () => {
    expect(errors({ producten: [{ categorie: '45', tarieven: [{ bedrag: 1, eenheid: '04' }, { bedrag: 2, eenheid: '01' }, { bedrag: 3, eenheid: '14', einddatum: '2026-06-30' }, { bedrag: 4, eenheid: '14', begindatum: '2026-07-01' }] }] })).toEqual([]);
  });
});
