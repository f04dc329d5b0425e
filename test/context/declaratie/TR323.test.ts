import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie, type Pr } from './scenario.js';

const VORIG = `${PRESTATIE()}/ProductReferentie/VorigReferentieNummer`;

describe.each(STANDAARDEN)('TR323: a credit cancels an earlier, not rejected debet (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const credit = (extra: Partial<Pr> = {}) => declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', dc: 'C', ...extra })] }]);

  it('accepts a credit of an accepted debet, answered or not', () => {
    expect(hits([...basis301(s), d1, credit()], 'TR323')).toEqual([]);
    expect(hits([...basis301(s), d1, antwoord(s, 'D1', basisClienten(s), []), credit()], 'TR323')).toEqual([]);
  });

  it('reports a credit of an unknown prestatie', () => {
    expect(hits([...basis301(s), d1, credit({ vorig: 'PR-0099' })], 'TR323')).toEqual([`8017 ${VORIG}`]);
  });

  it('reports a credit of a debet the gemeente rejected', () => {
    const afgewezen = antwoord(s, 'D1', basisClienten(s), [basisClienten(s)[0]!]);
    expect(hits([...basis301(s), d1, afgewezen, credit()], 'TR323')).toEqual([`8017 ${VORIG}`]);
  });

  it('reports a credit of a declaration the gemeente rejected as a whole', () => {
    const geheel = antwoord(s, 'D1', basisClienten(s), basisClienten(s));
    expect(hits([...basis301(s), d1, geheel, credit()], 'TR323')).toEqual([`8017 ${VORIG}`]);
  });

  it('reports a credit of another client’s debet', () => {
    expect(hits([...basis301(s), d1, credit({ vorig: 'PR-0002' })], 'TR323')).toEqual([`8017 ${VORIG}`]);
  });

  it('reports a credit of a credit', () => {
    const tweede = declaratie(s, 'D3', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0004', vorig: 'PR-0003', dc: 'C' })] }]);
    expect(hits([...basis301(s), d1, credit(), tweede], 'TR323')).toEqual([`8017 ${VORIG}`]);
  });
});
