import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie } from './scenario.js';

describe.each(STANDAARDEN)('TR390: a debet is credited once (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const credit = (ref: string) => [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref, vorig: 'PR-0001', dc: 'C' })] }];

  it('a second credit of the same debet fails with 9390', () => {
    expect(hits([...basis301(s), d1, declaratie(s, 'D2', '2026-10', credit('PR-0003')), declaratie(s, 'D3', '2026-10', credit('PR-0004'))], 'TR390')).toEqual([
      `9390 ${PRESTATIE()}/ProductReferentie/VorigReferentieNummer`,
    ]);
  });

  it('near miss: the first credit, and a credit after the earlier one was rejected', () => {
    expect(hits([...basis301(s), d1, declaratie(s, 'D2', '2026-10', credit('PR-0003'))], 'TR390')).toEqual([]);
    const afgewezen = antwoord(s, 'D2', credit('PR-0003'), credit('PR-0003'), '325-B');
    expect(hits([...basis301(s), d1, declaratie(s, 'D2', '2026-10', credit('PR-0003')), afgewezen, declaratie(s, 'D3', '2026-10', credit('PR-0004'))], 'TR390')).toEqual([]);
  });
});
