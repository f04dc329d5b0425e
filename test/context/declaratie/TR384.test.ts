import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, toewijzing, uren } from './scenario.js';

describe.each(STANDAARDEN)('TR384: nothing is declared on a removed toewijzing (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));

  it('a prestatie on a toewijzing removed with RedenWijziging 13 fails with 9384', () => {
    const verwijderd = toewijzing(s, BSN1, [uren(s, { eind: '2026-10-01', reden: '13' })], '301-X');
    expect(hits([...basis301(s), verwijderd, d1], 'TR384')).toEqual([`9384 ${PRESTATIE(1)}`]);
  });

  it('near miss: a toewijzing shortened for another reason', () => {
    const ingekort = toewijzing(s, BSN1, [uren(s, { eind: '2026-10-31', reden: '02' })], '301-X');
    expect(hits([...basis301(s), ingekort, d1], 'TR384')).toEqual([]);
  });
});
