import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR387: a ProductPeriode begins on the first of its month (%s)', (s) => {
  it('a Begindatum in the month fails with 9387', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-02' }))], 'TR387')).toEqual([`9387 ${PRESTATIE(1)}/ProductPeriode/Begindatum`]);
  });

  it('a Begindatum other than the later Ingangsdatum of the toewijzing fails', () => {
    expect(hits([...basis301(s, { ingang: '2026-10-10' }), declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-12' }))], 'TR387')).toEqual([`9387 ${PRESTATIE(1)}/ProductPeriode/Begindatum`]);
  });

  it('near miss: the first of the month, or the Ingangsdatum later in the month', () => {
    expect(hits([...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s))], 'TR387')).toEqual([]);
    expect(hits([...basis301(s, { ingang: '2026-10-10' }), declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-10' }))], 'TR387')).toEqual([]);
  });
});
