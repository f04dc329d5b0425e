import { describe, expect, it } from 'vitest';
import { STANDAARDEN, STOP, at, duplicate, found, msg, remove, retourcodes, set, START } from './support.js';

describe.each(STANDAARDEN)('TR415: a further stop for the same start ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305', remove(`${START}[2]`));
  /** A stop of the start of toewijzing 4001 with this reason and end date. */
  const stop = (reden: string, eind: string, status = '1') => msg(prefix, '307', set(`${STOP}/RedenBeeindiging`, reden), set(`${STOP}/Einddatum`, eind), set(`${STOP}/StatusAanlevering`, status));
  const basis = [toewijzing, start];
  it('TR415: any stop after a final one (reden other than 20) fails with 9415', () => {
    const seq = [...basis, stop('02', '2026-11-01'), stop('02', '2026-11-02')];
    expect(found('TR415', seq)).toEqual([at(STOP)]);
    expect(retourcodes('TR415', seq)).toEqual(['9415']);
  });
  it('TR415 near miss: after a temporary stop a final one may follow', () => {
    expect(found('TR415', [...basis, stop('20', '2026-11-01'), stop('02', '2026-11-02')])).toEqual([]);
  });
  it('TR415 near miss: a final stop removed and replaced in one message (IV008)', () => {
    const vervang = msg(prefix, '307', duplicate(STOP), set(`${STOP}[1]/StatusAanlevering`, '3'), set(`${STOP}[2]/Einddatum`, '2026-11-02'));
    const seq = [...basis, stop('02', '2026-11-01'), vervang];
    expect(found('TR415', seq)).toEqual([]);
    expect(found('TR414', seq)).toEqual([]);
  });
  it('TR415 near miss: a final stop removed in an earlier message no longer counts', () => {
    expect(found('TR415', [...basis, stop('02', '2026-11-01'), stop('02', '2026-11-01', '3'), stop('02', '2026-11-02')])).toEqual([]);
  });
});
