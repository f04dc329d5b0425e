import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR388: a ProductPeriode ends on the last of its month (%s)', (s) => {
  it('an Einddatum in the month fails with 9388', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, { eind: '2026-10-30' }))], 'TR388')).toEqual([`9388 ${PRESTATIE(1)}/ProductPeriode/Einddatum`]);
  });

  it('near miss: the last of the month, or the Einddatum of the toewijzing earlier in the month', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s))], 'TR388')).toEqual([]);
    expect(hits([...basis301(s, { eind: '2026-10-20' }), declaratie(s, 'D1', '2026-10', basisClienten(s, { eind: '2026-10-20' }))], 'TR388')).toEqual([]);
  });
});
