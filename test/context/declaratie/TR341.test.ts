import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR341: the Eenheid fits the toegewezen Eenheid (%s)', (s) => {
  it('reports dagdelen on a toewijzing in hours', () => {
    const seq = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, { eenheid: '16', volume: 4 }))];
    expect(hits(seq, 'TR341')).toEqual([`9341 ${PRESTATIE(1)}/Eenheid`]);
  });

  it('reports hours on a toewijzing in minutes', () => {
    const minuten = { omvang: { volume: 240, eenheid: '01', frequentie: '2' } };
    const seq = [...basis301(s, minuten), declaratie(s, 'D1', '2026-10', basisClienten(s))];
    expect(hits(seq, 'TR341')).toEqual([`9341 ${PRESTATIE(1)}/Eenheid`]);
  });

  it('accepts minutes on a toewijzing in hours (IV081: tarief per minute rounded, amount from the hourly rate)', () => {
    const seq = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, { eenheid: '01', volume: 1020, tarief: 128, bedrag: 130050 }))];
    expect(hits(seq, 'TR341')).toEqual([]);
  });

  it('accepts the same unit, and any unit on an aspecifieke toewijzing (set by the contract)', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s))], 'TR341')).toEqual([]);
    const aspecifiek = { code: undefined, omvang: undefined };
    expect(hits([...basis301(s, aspecifiek), declaratie(s, 'D1', '2026-10', basisClienten(s, { eenheid: '16', volume: 4 }))], 'TR341')).toEqual([]);
  });
});
