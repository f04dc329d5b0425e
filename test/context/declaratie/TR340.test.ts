import { describe, expect, it } from 'vitest';
import { basis301, basisClienten, declaratie, hits, PRESTATIE, STANDAARDEN } from './scenario.js';

const andereCode = { JW: '45A08', WMO: '04A08' } as const;

describe.each(STANDAARDEN)('TR340: the prestatie declares the toegewezen productcode (%s)', (s) => {
  it('reports another ProductCode than the specifieke toewijzing names', () => {
    const seq = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s, { code: andereCode[s] }))];
    expect(hits(seq, 'TR340')).toEqual([`9340 ${PRESTATIE(1)}/ProductCode`]);
  });

  it('accepts any code within the categorie on an aspecifieke toewijzing (no Code)', () => {
    const aspecifiek = { code: undefined, omvang: undefined };
    const seq = [...basis301(s, aspecifiek), declaratie(s, 'D1', '2026-10', basisClienten(s, { code: andereCode[s] }))];
    expect(hits(seq, 'TR340')).toEqual([]);
  });
});
