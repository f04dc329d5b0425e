import { describe, expect, it } from 'vitest';
import { basis301, BSN1, declaratie, hits, STANDAARDEN, uurPrestatie, type Std } from './scenario.js';

const sep = (s: Std) => declaratie(s, 'DSEP', '2026-09', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0009', begin: '2026-09-01', eind: '2026-09-30' })] }]);
const okt = (s: Std) => declaratie(s, 'DOKT', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s)] }]);

describe.each(STANDAARDEN)('TR318: declaration periods follow each other (%s)', (s) => {
  const toewijzingen = basis301(s, { ingang: '2026-09-01' });

  it('a declaration over a month before the last declared period fails with 8214', () => {
    expect(hits([...toewijzingen, okt(s), sep(s)], 'TR318')).toEqual(['8214 /Bericht/Declaratie/DeclaratiePeriode']);
  });

  it('near miss: the months in order', () => {
    expect(hits([...toewijzingen, sep(s), okt(s)], 'TR318')).toEqual([]);
  });

  it('near miss: a second declaration over the same month', () => {
    const tweede = declaratie(s, 'DOKT2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', vorig: 'PR-0001', dc: 'C' })] }]);
    expect(hits([...toewijzingen, okt(s), tweede], 'TR318')).toEqual([]);
  });
});
