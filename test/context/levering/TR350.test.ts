import { describe, expect, it } from 'vitest';
import { ONGEWIJZIGD, STANDAARDEN, TOEGEWEZEN, at, found, insertAfter, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR350 ($standaard)', ({ prefix }) => {
  it('an OngewijzigdProduct on an unknown ToewijzingNummer fails with 9350', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '317', set(`${ONGEWIJZIGD}/ToewijzingNummer`, '4009'))];
    expect(found('TR350', seq)).toEqual([at(ONGEWIJZIGD)]);
    expect(retourcodes('TR350', seq)).toEqual(['9350']);
  });

  it('an OngewijzigdProduct on a toewijzing that ended before the Dagtekening fails', () => {
    const ended = msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Ingangsdatum`, '2026-10-01'), set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-10-31'));
    expect(found('TR350', [ended, msg(prefix, '317')])).toEqual([at(ONGEWIJZIGD)]);
  });

  it('an OngewijzigdProduct on a removed toewijzing (RedenWijziging 13) fails', () => {
    const removed = msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Einddatum`, '2026-11-01'), insertAfter(`${TOEGEWEZEN}[2]/Einddatum`, '<RedenWijziging>13</RedenWijziging>'));
    expect(found('TR350', [msg(prefix, '301'), removed, msg(prefix, '317')])).toEqual([at(ONGEWIJZIGD)]);
  });

  it('an OngewijzigdProduct on a toewijzing of another client fails', () => {
    expect(found('TR350', [msg(prefix, '301', set('Client/Bsn', '111222333')), msg(prefix, '317')])).toEqual([at(ONGEWIJZIGD)]);
  });

  it('near miss: an OngewijzigdProduct on an actual toewijzing (also one starting in the future) passes', () => {
    expect(found('TR350', [msg(prefix, '301'), msg(prefix, '317')])).toEqual([]);
    expect(found('TR350', [msg(prefix, '301', set(`${TOEGEWEZEN}[2]/Ingangsdatum`, '2027-01-01')), msg(prefix, '317')])).toEqual([]);
  });
});
