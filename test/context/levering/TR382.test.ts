import { describe, expect, it } from 'vitest';
import { STANDAARDEN, START, STOP, at, found, msg, remove, removal, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR382 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305');
  const stop = msg(prefix, '307');

  it('a stop whose Begindatum differs from its start fails with 9069', () => {
    const seq = [toewijzing, start, msg(prefix, '307', set(`${STOP}/Begindatum`, '2026-10-31'))];
    expect(found('TR382', seq)).toEqual([at(STOP)]);
    expect(retourcodes('TR382', seq)).toEqual(['9069']);
  });

  it('a stop with another Product than its start fails', () => {
    const seq = [toewijzing, start, msg(prefix, '307', remove(`${STOP}/Product/Code`))];
    expect(found('TR382', seq)).toEqual([at(STOP)]);
  });

  it('a stop without any start fails', () => {
    expect(found('TR382', [toewijzing, stop])).toEqual([at(STOP)]);
  });

  it('a stop for a start that was removed fails', () => {
    expect(found('TR382', [toewijzing, start, msg(prefix, '305', remove(`${START}[2]`), removal(START)), stop])).toEqual([at(STOP)]);
  });

  it('near miss: a stop that takes the key over unchanged passes, whatever its ToewijzingIngangsdatum', () => {
    expect(found('TR382', [toewijzing, start, stop])).toEqual([]);
    expect(found('TR382', [toewijzing, start, msg(prefix, '307', set(`${STOP}/ToewijzingIngangsdatum`, '2026-10-01'))])).toEqual([]);
  });

  it('near miss: a stop that removes a stop is judged by TR063, not here', () => {
    const seq = [toewijzing, start, stop, msg(prefix, '307', removal(STOP), set(`${STOP}/Begindatum`, '2026-10-31'))];
    expect(found('TR382', seq)).toEqual([]);
    expect(found('TR063', seq)).toEqual([at(STOP)]);
  });
});
