import { describe, expect, it } from 'vitest';
import { antwoord, basis301, BSN1, BSN2, declaratie, hits, PRESTATIE, STANDAARDEN, uurPrestatie, type Clt, type Std } from './scenario.js';

// Toewijzing 4001: 4 uur per week, 2026-09-01 (Tuesday, week 36) to 2026-10-31 (Saturday, week 44).
// Per month 5 calendar weeks (20 hours) each, but 9 weeks (36 hours) over the whole toewijzing.
const kort = { ingang: '2026-09-01', eind: '2026-10-31' };
const sep = (s: Std, volume: number, ref = 'PR-0001') => uurPrestatie(s, { ref, begin: '2026-09-01', eind: '2026-09-30', volume });
const okt = (s: Std, volume: number, ref = 'PR-0003') => uurPrestatie(s, { ref, volume });
const een = (...prestaties: Clt['prestaties']): Clt[] => [{ bsn: BSN1, prestaties }];

describe.each(STANDAARDEN)('TR322: all prestaties on a toewijzing fit its Omvang over the whole duration (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-09', een(sep(s, 20)));

  it('reports the prestatie that brings the total above 36 hours (20 accepted + 20)', () => {
    expect(hits([...basis301(s, kort), d1, declaratie(s, 'D2', '2026-10', een(okt(s, 20)))], 'TR322')).toEqual([`9322 ${PRESTATIE()}/GeleverdVolume`]);
  });

  it('accepts 20 + 16 hours', () => {
    expect(hits([...basis301(s, kort), d1, declaratie(s, 'D2', '2026-10', een(okt(s, 16)))], 'TR322')).toEqual([]);
  });

  it('adds the earlier prestaties of the same message', () => {
    const d = declaratie(s, 'D1', '2026-10', een(sep(s, 20), okt(s, 20)));
    expect(hits([...basis301(s, kort), d], 'TR322')).toEqual([`9322 ${PRESTATIE(undefined, 2)}/GeleverdVolume`]);
  });

  it('counts a toewijzing for its own client only: a prestatie of another client on its number does not hide it', () => {
    const d = declaratie(s, 'D1', '2026-10', [{ bsn: BSN2, prestaties: [okt(s, 5, 'PR-0009')] }, { bsn: BSN1, prestaties: [sep(s, 20), okt(s, 20)] }]);
    expect(hits([...basis301(s, kort), d], 'TR322')).toEqual([`9322 ${PRESTATIE(2, 2)}/GeleverdVolume`]);
  });

  it('takes off a credit of an accepted debet, wherever it stands in the message', () => {
    const credit = uurPrestatie(s, { ref: 'PR-0004', vorig: 'PR-0001', begin: '2026-09-01', eind: '2026-09-30', volume: 20, dc: 'C' });
    const met = declaratie(s, 'D2', '2026-10', een(okt(s, 20), sep(s, 16, 'PR-0005'), credit));
    const zonder = declaratie(s, 'D2', '2026-10', een(okt(s, 20), sep(s, 16, 'PR-0005')));
    expect(hits([...basis301(s, kort), d1, met], 'TR322')).toEqual([]);
    expect(hits([...basis301(s, kort), d1, zonder], 'TR322')).toEqual([`9322 ${PRESTATIE(undefined, 1)}/GeleverdVolume`, `9322 ${PRESTATIE(undefined, 2)}/GeleverdVolume`]);
  });

  it('leaves out a prestatie the gemeente rejected (325)', () => {
    const afgewezen = antwoord(s, 'D1', een(sep(s, 20)), een(sep(s, 20)));
    const d2 = declaratie(s, 'D2', '2026-10', een(sep(s, 20, 'PR-0004'), okt(s, 16)));
    expect(hits([...basis301(s, kort), d1, afgewezen, d2], 'TR322')).toEqual([]);
    expect(hits([...basis301(s, kort), d1, d2], 'TR322')).toEqual([`9322 ${PRESTATIE(undefined, 1)}/GeleverdVolume`, `9322 ${PRESTATIE(undefined, 2)}/GeleverdVolume`]);
  });

  it('counts minutes as sixtieths of an hour', () => {
    const minuten = (volume: number) => uurPrestatie(s, { ref: 'PR-0003', eenheid: '01', volume, tarief: 128, bedrag: Math.round((volume * 7650) / 60) });
    expect(hits([...basis301(s, kort), d1, declaratie(s, 'D2', '2026-10', een(minuten(961)))], 'TR322')).toEqual([`9322 ${PRESTATIE()}/GeleverdVolume`]);
    expect(hits([...basis301(s, kort), d1, declaratie(s, 'D2', '2026-10', een(minuten(960)))], 'TR322')).toEqual([]);
  });
});
