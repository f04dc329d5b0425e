import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, at, found, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR357 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const wijzig = (datum: string) => msg(prefix, '317', set(`${TE_WIJZIGEN}/GewensteIngangsdatum`, datum));

  it('a change starting on or before the Dagtekening but after the Ingangsdatum fails with 9357', () => {
    expect(found('TR357', [toewijzing, wijzig('2026-11-02')])).toEqual([at(`${TE_WIJZIGEN}/GewensteIngangsdatum`)]);
    expect(retourcodes('TR357', [toewijzing, wijzig('2026-11-02')])).toEqual(['9357']);
  });

  it('near miss: a change from the Ingangsdatum of the toewijzing (2026-11-01)', () => {
    expect(found('TR357', [toewijzing, wijzig('2026-11-01')])).toEqual([]);
  });

  it('near miss: a change starting after the Dagtekening', () => {
    expect(found('TR357', [toewijzing, wijzig('2026-11-03')])).toEqual([]);
  });
});
