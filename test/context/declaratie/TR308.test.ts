import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, toewijzing, uren, uurPrestatie } from './scenario.js';

describe.each(STANDAARDEN)('TR308: the productperiode ends on or before the einddatum (%s)', (s) => {
  it('reports a productperiode that ends after the toewijzing', () => {
    const seq = [...basis301(s, { eind: '2026-10-20' }), declaratie(s, 'D1', '2026-10', basisClienten(s))];
    expect(hits(seq, 'TR308')).toEqual([`9308 ${PRESTATIE(1)}/ProductPeriode/Einddatum`]);
  });

  it('accepts one that ends on the einddatum', () => {
    const seq = [...basis301(s, { eind: '2026-10-20' }), declaratie(s, 'D1', '2026-10', basisClienten(s, { eind: '2026-10-20' }))];
    expect(hits(seq, 'TR308')).toEqual([]);
  });

  it('lets a credit undo a debet after the toewijzing was shortened, but not a new debet', () => {
    const korter = toewijzing(s, BSN1, [uren(s, { eind: '2026-10-15' })], '301-C');
    const credit = uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', dc: 'C' });
    const debet = uurPrestatie(s, { ref: 'PR-0004' });
    const seq = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s)), korter];
    expect(hits([...seq, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [credit] }])], 'TR308')).toEqual([]);
    expect(hits([...seq, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [debet] }])], 'TR308')).toEqual([`9308 ${PRESTATIE()}/ProductPeriode/Einddatum`]);
  });
});
