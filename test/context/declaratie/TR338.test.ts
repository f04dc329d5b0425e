import { describe, expect, it } from 'vitest';
import { edit, set } from '../../support/messages.js';
import { basis301, basisClienten, BSN1, declaratie, etmaalPrestatie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR338: a prestatie relates to a toewijzing (%s)', (s) => {
  it('reports a prestatie on a ToewijzingNummer the gemeente never sent', () => {
    const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s, { tw: '4009' }));
    expect(hits([...basis301(s), d1], 'TR338')).toEqual([`9338 ${PRESTATIE(1)}`]);
  });

  it('reports a prestatie on the toewijzing of another client', () => {
    const d1 = declaratie(s, 'D1', '2026-10', [{ bsn: BSN1, prestaties: [etmaalPrestatie(s)] }]);
    expect(hits([...basis301(s), d1], 'TR338')).toEqual([`9338 ${PRESTATIE()}`]);
  });

  it('reports a prestatie on a toewijzing of another gemeente', () => {
    const [t1, t2] = basis301(s);
    const elders = edit(t1!, set('Header/Afzender', '0363'));
    expect(hits([elders, t2!, declaratie(s, 'D1', '2026-10', basisClienten(s))], 'TR338')).toEqual([`9338 ${PRESTATIE(1)}`]);
  });

  it('accepts prestaties on the toewijzingen of their own clients', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s))], 'TR338')).toEqual([]);
  });
});
