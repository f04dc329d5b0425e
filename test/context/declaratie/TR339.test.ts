import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, PRODUCT, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR339: the prestatie declares the toegewezen categorie (%s)', (s) => {
  it('reports another ProductCategorie than the toewijzing names', () => {
    const seq = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, PRODUCT[s].etmaal))];
    expect(hits(seq, 'TR339')).toEqual([`9339 ${PRESTATIE(1)}/ProductCategorie`]);
  });

  it('accepts any categorie on a generieke toewijzing (no Product)', () => {
    const generiek = { categorie: undefined, code: undefined, omvang: undefined, budget: 500000 };
    const seq = [...basis301(s, generiek), declaratie(s, 'D1', '2026-10', basisClienten(s, PRODUCT[s].etmaal))];
    expect(hits(seq, 'TR339')).toEqual([]);
  });
});
