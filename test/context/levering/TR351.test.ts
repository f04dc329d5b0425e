import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TE_WIJZIGEN, TOEGEWEZEN, at, found, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR351 ($standaard)', ({ prefix }) => {
  it('a TeWijzigenProduct on an unknown ToewijzingNummer fails with 9351', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '317', set(`${TE_WIJZIGEN}/ToewijzingNummer`, '4009'))];
    expect(found('TR351', seq)).toEqual([at(TE_WIJZIGEN)]);
    expect(retourcodes('TR351', seq)).toEqual(['9351']);
  });

  it('a TeWijzigenProduct on a toewijzing that ended before the Dagtekening fails', () => {
    const ended = msg(prefix, '301', set(`${TOEGEWEZEN}[1]/Ingangsdatum`, '2026-10-01'), set(`${TOEGEWEZEN}[1]/Einddatum`, '2026-10-31'));
    expect(found('TR351', [ended, msg(prefix, '317')])).toEqual([at(TE_WIJZIGEN)]);
  });

  it('near miss: a TeWijzigenProduct on an actual toewijzing passes', () => {
    expect(found('TR351', [msg(prefix, '301'), msg(prefix, '317')])).toEqual([]);
  });

  it('near miss: a toewijzing ending after the Dagtekening but before today is still actual', () => {
    expect(found('TR351', [msg(prefix, '301', set(`${TOEGEWEZEN}[1]/Einddatum`, '2026-11-10')), msg(prefix, '317')])).toEqual([]);
  });
});
