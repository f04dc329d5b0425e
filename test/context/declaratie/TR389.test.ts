import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie } from './scenario.js';

describe.each(STANDAARDEN)('TR389: one debet per period and product on a toewijzing (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const opnieuw = uurPrestatie(s, { ref: 'PR-0003', volume: 2 });

  it('a second debet for the same period and product fails with 9389', () => {
    expect(hits([...basis301(s), d1, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [opnieuw] }])], 'TR389')).toEqual([`9389 ${PRESTATIE()}`]);
  });

  it('near miss: the earlier debet credited in the same message (the usual correction)', () => {
    const credit = uurPrestatie(s, { ref: 'PR-0004', vorig: 'PR-0001', dc: 'C' });
    expect(hits([...basis301(s), d1, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [credit, opnieuw] }])], 'TR389')).toEqual([]);
  });

  it('near miss: the earlier debet credited in an earlier message, or rejected by the gemeente', () => {
    const credit = declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0004', vorig: 'PR-0001', dc: 'C' })] }]);
    expect(hits([...basis301(s), d1, credit, declaratie(s, 'D3', '2026-10', [{ bsn: BSN1, prestaties: [opnieuw] }])], 'TR389')).toEqual([]);
    const afgewezen = antwoord(s, 'D1', basisClienten(s), [basisClienten(s)[0]!]);
    expect(hits([...basis301(s), d1, afgewezen, declaratie(s, 'D3', '2026-10', [{ bsn: BSN1, prestaties: [opnieuw] }])], 'TR389')).toEqual([]);
  });
});
