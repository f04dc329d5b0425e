import { describe, expect, it } from 'vitest';
import { maandenNa } from '../../../src/context/keys.js';
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

describe('maandenNa: the months TR318 reads', () => {
  it('begin after begin’s own month, across a year end, up to the Dagtekening’s month plus 24', () => {
    const months = maandenNa('2026-12-01', '2027-01-05');
    expect(months[0]).toBe('2027-01');
    expect(months).not.toContain('2026-12');
    expect(months.at(-1)).toBe('2029-01');
    expect(months).toHaveLength(25);
    expect(maandenNa('2026-10-01', '2026-11-03').slice(0, 2)).toEqual(['2026-11', '2026-12']);
  });
  it('nothing for a begin that is not a date', () => {
    expect(maandenNa('', '2026-11-03')).toEqual([]);
  });
});
