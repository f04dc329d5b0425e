import { describe, expect, it } from 'vitest';
import { basis301, BSN1, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie, type Std } from './scenario.js';

// An aspecifieke toewijzing 4001 with a Budget of 2000 euro (200000 eurocent) and no Omvang.
// Prestaties at 76.50 euro per hour: 17 hours = 130050, 10 hours = 76500, 9 hours = 68850.
const budget = { code: undefined, omvang: undefined, budget: 200000 };
const sep = (s: Std) => uurPrestatie(s, { begin: '2026-09-01', eind: '2026-09-30' });
const okt = (s: Std, volume: number, extra = {}) => uurPrestatie(s, { ref: 'PR-0003', volume, ...extra });

describe.each(STANDAARDEN)('TR369: all prestaties on a toewijzing stay within its Budget (%s)', (s) => {
  const start = [...basis301(s, { ...budget, ingang: '2026-09-01' }), declaratie(s, 'D1', '2026-09', [{ bsn: BSN1, prestaties: [sep(s)] }])];

  it('reports the amount that brings the total above the budget (130050 + 76500)', () => {
    expect(hits([...start, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [okt(s, 10)] }])], 'TR369')).toEqual([`9369 ${PRESTATIE()}/IngediendBedrag`]);
  });

  it('accepts 130050 + 68850', () => {
    expect(hits([...start, declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [okt(s, 9)] }])], 'TR369')).toEqual([]);
  });

  it('sums the amounts in eurocent, not the volumes: 3 hours of 229.50 euro exceed a budget of 200 euro', () => {
    const seq = (volume: number) => [...basis301(s, { ...budget, budget: 20000 }), declaratie(s, 'D1', '2026-10', [{ bsn: BSN1, prestaties: [okt(s, volume)] }])];
    expect(hits(seq(3), 'TR369')).toEqual([`9369 ${PRESTATIE()}/IngediendBedrag`]);
    expect(hits(seq(2), 'TR369')).toEqual([]);
  });
});
