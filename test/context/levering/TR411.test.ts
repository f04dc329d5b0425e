import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, at, found, msg, remove, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR411 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');

  it('a TeWijzigenProduct without Omvang on a toewijzing with a product code fails with 9411', () => {
    const seq = [toewijzing, msg(prefix, '317', remove(`${TE_WIJZIGEN}/Omvang`))];
    expect(found('TR411', seq)).toEqual([at(TE_WIJZIGEN)]);
    expect(retourcodes('TR411', seq)).toEqual(['9411']);
  });

  it('near miss: with an Omvang', () => {
    expect(found('TR411', [toewijzing, msg(prefix, '317')])).toEqual([]);
  });
});
