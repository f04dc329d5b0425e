import { describe, expect, it } from 'vitest';
import { STANDAARDEN, START, STOP, at, found, msg, remove, removal, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR063 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305');
  const stop = msg(prefix, '307');
  /** A 305 that removes the first start of the golden. */
  const removeStart = msg(prefix, '305', remove(`${START}[2]`), removal(START));

  it('removing a start that was never delivered fails with 9063', () => {
    const seq = [toewijzing, msg(prefix, '305', removal(`${START}[1]`))];
    expect(found('TR063', seq)).toEqual([at(`${START}[1]`)]);
    expect(retourcodes('TR063', seq)).toEqual(['9063']);
  });

  it('removing a start whose key differs from the delivered one (other Begindatum) fails', () => {
    const seq = [toewijzing, start, msg(prefix, '305', remove(`${START}[2]`), removal(START), set(`${START}/Begindatum`, '2026-11-02'))];
    expect(found('TR063', seq)).toEqual([at(START)]);
  });

  it('removing the same start twice fails the second time', () => {
    expect(found('TR063', [toewijzing, start, removeStart, removeStart])).toEqual([at(START)]);
  });

  it('removing a stop that was never delivered (other Einddatum) fails', () => {
    const seq = [toewijzing, start, stop, msg(prefix, '307', removal(STOP), set(`${STOP}/Einddatum`, '2026-11-02'))];
    expect(found('TR063', seq)).toEqual([at(STOP)]);
  });

  it('near miss: removing a delivered start or stop by its exact key passes', () => {
    expect(found('TR063', [toewijzing, start, removeStart])).toEqual([]);
    expect(found('TR063', [toewijzing, start, stop, msg(prefix, '307', removal(STOP))])).toEqual([]);
  });

  it('near miss: ToewijzingIngangsdatum is no part of the key', () => {
    const seq = [toewijzing, start, msg(prefix, '305', remove(`${START}[2]`), removal(START), set(`${START}/ToewijzingIngangsdatum`, '2026-10-01'))];
    expect(found('TR063', seq)).toEqual([]);
  });

  it('near miss: a first delivery (StatusAanlevering 1) is no removal', () => {
    expect(found('TR063', [toewijzing, start])).toEqual([]);
  });
});
