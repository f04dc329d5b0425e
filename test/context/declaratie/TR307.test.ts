import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('TR307: the productperiode begins on or after the ingangsdatum (%s)', (s) => {
  it('reports a productperiode that begins before the toewijzing', () => {
    const seq = [...basis301(s, { ingang: '2026-10-10' }), declaratie(s, 'D1', '2026-10', basisClienten(s))];
    expect(hits(seq, 'TR307')).toEqual([`9307 ${PRESTATIE(1)}/ProductPeriode/Begindatum`]);
  });

  it('accepts one that begins on the ingangsdatum', () => {
    const seq = [...basis301(s, { ingang: '2026-10-10' }), declaratie(s, 'D1', '2026-10', basisClienten(s, { begin: '2026-10-10' }))];
    expect(hits(seq, 'TR307')).toEqual([]);
  });
});
