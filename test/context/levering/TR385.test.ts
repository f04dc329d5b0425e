import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN1, declaratie, hits, STANDAARDEN, toewijzing, uren, uurPrestatie } from '../declaratie/scenario.js';

const REDEN = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging';

describe.each(STANDAARDEN)('TR385: a toewijzing with approved prestaties is not removed (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const verwijder = toewijzing(s, BSN1, [uren(s, { eind: '2026-10-01', reden: '13' })], '301-X');

  it('removing a toewijzing with a declared prestatie fails with 9385', () => {
    expect(hits([...basis301(s), d1, verwijder], 'TR385')).toEqual([`9385 ${REDEN}`]);
  });

  it('near miss: once the prestatie is credited, the toewijzing may be removed', () => {
    const credit = declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', dc: 'C' })] }]);
    expect(hits([...basis301(s), d1, credit, verwijder], 'TR385')).toEqual([]);
  });

  it('near miss: a prestatie the gemeente rejected does not stand', () => {
    expect(hits([...basis301(s), d1, antwoord(s, 'D1', basisClienten(s), [basisClienten(s)[0]!]), verwijder], 'TR385')).toEqual([]);
  });

  it('near miss: a toewijzing without prestaties may be removed', () => {
    expect(hits([...basis301(s), verwijder], 'TR385')).toEqual([]);
  });
});
