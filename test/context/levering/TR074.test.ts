import { describe, expect, it } from 'vitest';
import { STANDAARDEN, START, STOP, at, found, msg, remove, removal, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR074 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305');
  const stop = msg(prefix, '307');

  it('delivering the same starts again fails with 9074 on each line', () => {
    const seq = [toewijzing, start, start];
    expect(found('TR074', seq)).toEqual([at(`${START}[1]`), at(`${START}[2]`)]);
    expect(retourcodes('TR074', seq)).toEqual(['9074', '9074']);
  });

  it('a start whose only change is outside the key (ToewijzingIngangsdatum) is the same start', () => {
    const seq = [toewijzing, start, msg(prefix, '305', remove(`${START}[2]`), set(`${START}/ToewijzingIngangsdatum`, '2026-10-01'))];
    expect(found('TR074', seq)).toEqual([at(START)]);
  });

  it('delivering the same stop again fails', () => {
    expect(found('TR074', [toewijzing, start, stop, stop])).toEqual([at(STOP)]);
  });

  it('near miss: after removal the same key may be delivered again (IV008 correction outside the key)', () => {
    const removeStart = msg(prefix, '305', remove(`${START}[2]`), removal(START));
    const again = msg(prefix, '305', remove(`${START}[2]`), set(`${START}/ToewijzingIngangsdatum`, '2026-10-01'));
    expect(found('TR074', [toewijzing, start, removeStart, again])).toEqual([]);
  });

  it('near miss: a stop with another Einddatum has another key', () => {
    const seq = [toewijzing, start, stop, msg(prefix, '307', set(`${STOP}/Einddatum`, '2026-11-02'))];
    expect(found('TR074', seq)).toEqual([]);
  });
});
