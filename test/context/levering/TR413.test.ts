import { describe, expect, it } from 'vitest';
import { STANDAARDEN, STOP, at, duplicate, found, msg, remove, retourcodes, set, START } from './support.js';

describe.each(STANDAARDEN)('TR413: a further stop for the same start ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305', remove(`${START}[2]`));
  /** A stop of the start of toewijzing 4001 with this reason and end date. */
  const stop = (reden: string, eind: string, status = '1') => msg(prefix, '307', set(`${STOP}/RedenBeeindiging`, reden), set(`${STOP}/Einddatum`, eind), set(`${STOP}/StatusAanlevering`, status));
  const basis = [toewijzing, start];
  it('TR413: a second temporary stop (reden 20) fails with 9413', () => {
    const seq = [...basis, stop('20', '2026-11-01'), stop('20', '2026-11-02')];
    expect(found('TR413', seq)).toEqual([at(STOP)]);
    expect(retourcodes('TR413', seq)).toEqual(['9413']);
  });
  it('TR413 near miss: a final stop after a temporary one', () => {
    expect(found('TR413', [...basis, stop('20', '2026-11-01'), stop('02', '2026-11-02')])).toEqual([]);
  });
  it('TR413 near miss: a temporary stop that was removed does not count', () => {
    expect(found('TR413', [...basis, stop('20', '2026-11-01'), stop('20', '2026-11-01', '3'), stop('20', '2026-11-02')])).toEqual([]);
  });
});
