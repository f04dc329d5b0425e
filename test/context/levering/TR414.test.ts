import { describe, expect, it } from 'vitest';
import { STANDAARDEN, STOP, at, duplicate, found, msg, remove, retourcodes, set, START } from './support.js';

describe.each(STANDAARDEN)('TR414: a further stop for the same start ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305', remove(`${START}[2]`));
  /** A stop of the start of toewijzing 4001 with this reason and end date. */
  const stop = (reden: string, eind: string, status = '1') => msg(prefix, '307', set(`${STOP}/RedenBeeindiging`, reden), set(`${STOP}/Einddatum`, eind), set(`${STOP}/StatusAanlevering`, status));
  const basis = [toewijzing, start];
  it('TR414: a stop that ends before the actual stop fails with 9414', () => {
    const seq = [...basis, stop('20', '2026-11-02'), stop('02', '2026-11-01')];
    expect(found('TR414', seq)).toEqual([at(STOP)]);
    expect(retourcodes('TR414', seq)).toEqual(['9414']);
  });
  it('TR414 near miss: a stop on the same day as the actual stop', () => {
    expect(found('TR414', [...basis, stop('20', '2026-11-02'), stop('02', '2026-11-02')])).toEqual([]);
  });
});
