import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN1, BSN2, declaratie, etmaalPrestatie, hits, STANDAARDEN, uurPrestatie } from './scenario.js';

const REF = '/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductReferentie';

describe.each(STANDAARDEN)('TR366: a prestatie of a declaratie-antwoord was declared (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const start = [...basis301(s), d1];

  it('accepts the rejection of a declared prestatie', () => {
    expect(hits([...start, antwoord(s, 'D1', basisClienten(s), [basisClienten(s)[1]!])], 'TR366')).toEqual([]);
  });

  it('reports a prestatie that was never declared', () => {
    const onbekend = [{ bsn: BSN2, prestaties: [etmaalPrestatie(s, { ref: 'PR-0099' })] }];
    expect(hits([...start, antwoord(s, 'D1', basisClienten(s), onbekend)], 'TR366')).toEqual([`9366 ${REF}`]);
  });

  it('reports a prestatie of another declaration than the one answered', () => {
    const d2Clienten = [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', dc: 'C' })] }];
    const d2 = declaratie(s, 'D2', '2026-10', d2Clienten);
    const uitD1 = [{ bsn: BSN2, prestaties: [etmaalPrestatie(s)] }];
    expect(hits([...start, d2, antwoord(s, 'D2', d2Clienten, uitD1)], 'TR366')).toEqual([`9366 ${REF}`]);
  });

  it('reports a credit whose VorigReferentieNummer differs from the declared one', () => {
    const credit = (vorig: string) => [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', vorig, dc: 'C' })] }];
    const d2 = declaratie(s, 'D2', '2026-10', credit('PR-0001'));
    expect(hits([...start, d2, antwoord(s, 'D2', credit('PR-0001'), credit('PR-0001'))], 'TR366')).toEqual([]);
    expect(hits([...start, d2, antwoord(s, 'D2', credit('PR-0001'), credit('PR-0002'))], 'TR366')).toEqual([`9366 ${REF}`]);
  });
});
