import { describe, expect, it } from 'vitest';
import { STANDAARDEN, START, STOP, at, found, msg, remove, removal, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR071 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305');
  const stop = msg(prefix, '307');
  const removeStart = msg(prefix, '305', remove(`${START}[2]`), removal(START));

  it('removing a start that has a stop fails with 9071', () => {
    const seq = [toewijzing, start, stop, removeStart];
    expect(found('TR071', seq)).toEqual([at(START)]);
    expect(retourcodes('TR071', seq)).toEqual(['9071']);
  });

  it('only the stopped start fails; the other start of the message may be removed', () => {
    const seq = [toewijzing, start, stop, msg(prefix, '305', removal(`${START}[1]`), removal(`${START}[2]`))];
    expect(found('TR071', seq)).toEqual([at(`${START}[1]`)]);
  });

  it('near miss: once the stop is removed, the start may be removed', () => {
    expect(found('TR071', [toewijzing, start, stop, msg(prefix, '307', removal(STOP)), removeStart])).toEqual([]);
  });

  it('near miss: removing a start without stop passes', () => {
    expect(found('TR071', [toewijzing, start, removeStart])).toEqual([]);
  });
});
