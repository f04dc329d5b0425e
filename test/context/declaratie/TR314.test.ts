import { describe, expect, it } from 'vitest';
import { edit, set } from '../../support/messages.js';
import { basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie } from './scenario.js';

const NR = (client?: number) => `${PRESTATIE(client)}/ProductReferentie/ReferentieNummer`;

describe.each(STANDAARDEN)('TR314: a ReferentieNummer is unique for the aanbieder (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const d2 = (ref: string) => declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref, begin: '2026-10-01', eind: '2026-10-15', volume: 8 })] }]);

  it('reports a ReferentieNummer of a prestatie accepted before', () => {
    expect(hits([...basis301(s), d1, d2('PR-0001')], 'TR314')).toEqual([`8021 ${NR()}`]);
  });

  it('reports it also when the earlier prestatie went to another gemeente', () => {
    const elders = edit(d1, set('Header/Ontvanger', '0363'));
    const [t1, t2] = basis301(s);
    expect(hits([edit(t1!, set('Header/Afzender', '0363')), edit(t2!, set('Header/Afzender', '0363')), elders, ...basis301(s), d2('PR-0002')], 'TR314')).toEqual([`8021 ${NR()}`]);
  });

  it('reports a ReferentieNummer used twice in one message, naming both', () => {
    const dubbel = declaratie(s, 'D1', '2026-10', basisClienten(s, {}, { ref: 'PR-0001' }));
    expect(hits([...basis301(s), dubbel], 'TR314')).toEqual([`8021 ${NR(1)} + ${NR(2)}`]);
  });

  it('accepts a new ReferentieNummer', () => {
    expect(hits([...basis301(s), d1, d2('PR-0003')], 'TR314')).toEqual([]);
  });
});

describe('TR314 across standaarden', () => {
  it('keeps iJw and iWmo apart: the same ReferentieNummer may occur in both', () => {
    const jw = [...basis301('JW'), declaratie('JW', 'D1', '2026-10', basisClienten('JW'))];
    expect(hits([...jw, ...basis301('WMO'), declaratie('WMO', 'D1', '2026-10', basisClienten('WMO'))], 'TR314')).toEqual([]);
  });
});
