import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, toewijzing, uren, uurPrestatie } from './scenario.js';

// Toewijzing 4001: 4 uur per week from 2026-10-01. October 2026 (Thursday 1 to Saturday 31) touches
// calendar weeks 40 to 44: 5 weeks, 20 hours inspanningsgericht; it holds 4 Sundays: 16 hours outputgericht.
const GV = `${PRESTATIE(1)}/GeleverdVolume`;

describe.each(STANDAARDEN)('TR321: the volume of a prestatie fits the Omvang over its productperiode (%s)', (s) => {
  const seq = (p: Parameters<typeof basisClienten>[1], p2: Parameters<typeof basisClienten>[2] = {}) => [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, p, p2))];

  it('reports 21 hours in a month of 5 calendar weeks of 4 hours (inspanningsgericht)', () => {
    expect(hits(seq({ volume: 21 }), 'TR321')).toEqual([`9321 ${GV}`]);
  });

  it('accepts 20 hours', () => {
    expect(hits(seq({ volume: 20 }), 'TR321')).toEqual([]);
  });

  it('compares minutes with the hours of the toewijzing', () => {
    expect(hits(seq({ eenheid: '01', volume: 1201, tarief: 128, bedrag: 153128 }), 'TR321')).toEqual([`9321 ${GV}`]);
    expect(hits(seq({ eenheid: '01', volume: 1200, tarief: 128, bedrag: 153000 }), 'TR321')).toEqual([]);
  });

  it('counts Sundays when the product is outputgericht (the variant given)', () => {
    const options = { variants: { variant: 'outputgericht' as const } };
    expect(hits(seq({ volume: 17 }), 'TR321', options)).toEqual([`9321 ${GV}`]);
    expect(hits(seq({ volume: 16 }), 'TR321', options)).toEqual([]);
  });

  it('counts only the weeks within the toewijzing', () => {
    // From Monday 2026-10-12: weeks 42 to 44, 12 hours.
    const laat = [...basis301(s, { ingang: '2026-10-12' })];
    expect(hits([...laat, declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-12', volume: 13 }))], 'TR321')).toEqual([`9321 ${GV}`]);
    expect(hits([...laat, declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-12', volume: 12 }))], 'TR321')).toEqual([]);
  });

  it('allows one month of a volume per maand, whatever part of the month is declared', () => {
    expect(hits(seq({}, { volume: 11 }), 'TR321')).toEqual([`9321 ${PRESTATIE(2)}/GeleverdVolume`]);
    expect(hits(seq({}, { volume: 10 }), 'TR321')).toEqual([]);
  });

  it('does not check a credit', () => {
    const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s, { volume: 20 }));
    const minder = toewijzing(s, BSN1, [uren(s, { omvang: { volume: 2, eenheid: '04', frequentie: '2' } })], '301-C');
    const credit = uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', volume: 20, dc: 'C' });
    expect(hits([...basis301(s), d1, minder, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [credit] }])], 'TR321')).toEqual([]);
  });
});

describe('TR321: huishoudelijke hulp in iWmo (categorie 01)', () => {
  // IV077 (iWmo): six times the weekly volume in every productperiode, inspanningsgericht.
  const hh = { categorie: '01', code: '01A01' };
  const seq = (volume: number) => [...basis301('WMO', hh), declaratie('WMO', 'D1', '2026-10', basisClienten('WMO', { ...hh, volume }))];

  it('allows 6 weeks of 4 hours in October, not more', () => {
    expect(hits(seq(24), 'TR321')).toEqual([]);
    expect(hits(seq(25), 'TR321')).toEqual([`9321 ${GV}`]);
  });
});
