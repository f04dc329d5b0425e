import { describe, expect, it } from 'vitest';
import { STANDAARDEN, START, STOP, TOEGEWEZEN, at, found, judge, msg, remove, retourcodes, set } from './support.js';

const ISTANDAARD = { variants: { variant: 'taakgericht', taakgerichtProfiel: 'istandaard' } } as const;
const SAP = { variants: { variant: 'taakgericht', taakgerichtProfiel: 'sap' } } as const;
/** A start without toewijzing, as taakgericht (istandaard) sends it: Product and Begindatum are the key. */
const zonderToewijzing = [remove(`${START}[1]/ToewijzingNummer`), remove(`${START}[1]/ToewijzingIngangsdatum`), remove(`${START}[2]`)];

describe.each(STANDAARDEN)('TR019 ($standaard)', ({ prefix }) => {
  it('a start on a ToewijzingNummer the gemeente never assigned fails with 9019', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '305', set(`${START}[2]/ToewijzingNummer`, '4003'))];
    expect(found('TR019', seq)).toEqual([at(`${START}[2]`)]);
    expect(retourcodes('TR019', seq)).toEqual(['9019']);
  });

  it('a start without any toewijzing before it fails on every line', () => {
    expect(found('TR019', [msg(prefix, '305')])).toEqual([at(`${START}[1]`), at(`${START}[2]`)]);
  });

  it('a toewijzing of another client does not relate the start', () => {
    expect(found('TR019', [msg(prefix, '301', set('Client/Bsn', '111222333')), msg(prefix, '305')])).toEqual([at(`${START}[1]`), at(`${START}[2]`)]);
  });

  it('a stop on an unknown ToewijzingNummer fails', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '305'), msg(prefix, '307', set(`${STOP}/ToewijzingNummer`, '4009'))];
    expect(found('TR019', seq)).toEqual([at(STOP)]);
  });

  it('near miss: start and stop on the assigned toewijzingen pass', () => {
    expect(found('TR019', [msg(prefix, '301'), msg(prefix, '305')])).toEqual([]);
    expect(found('TR019', [msg(prefix, '301'), msg(prefix, '305'), msg(prefix, '307')])).toEqual([]);
  });

  it('near miss: a removal (StatusAanlevering 3) is not checked against the toewijzingen', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '305'), msg(prefix, '305', remove(`${START}[2]`), set(`${START}[1]/ToewijzingNummer`, '4003'), set(`${START}[1]/StatusAanlevering`, '3'))];
    expect(found('TR019', seq)).toEqual([]);
  });

  it('without a variant the default werkwijze applies: a start without ToewijzingNummer fails', () => {
    expect(found('TR019', [msg(prefix, '305', ...zonderToewijzing)])).toEqual([at(START)]);
  });

  it('taakgericht, profile istandaard: a start without ToewijzingNummer and without any 301 is no TR019 failure', () => {
    const report = judge([msg(prefix, '305', ...zonderToewijzing)], ISTANDAARD);
    expect(report.levels).toContain('context');
    expect(report.issues.filter((i) => i.code === 'TR019')).toEqual([]);
  });

  it('taakgericht, profile sap: a ToewijzingNummer that is given must name a toewijzing; none given is left to the variant level', () => {
    expect(found('TR019', [msg(prefix, '301'), msg(prefix, '305', set(`${START}[2]/ToewijzingNummer`, '4003'))], SAP)).toEqual([at(`${START}[2]`)]);
    expect(found('TR019', [msg(prefix, '305', ...zonderToewijzing)], SAP)).toEqual([]);
  });

  it('a toewijzing that later versions keep (same number) still relates the start', () => {
    const seq = [msg(prefix, '301'), msg(prefix, '301', set(`${TOEGEWEZEN}[1]/Einddatum`, '2027-01-31')), msg(prefix, '305')];
    expect(found('TR019', seq)).toEqual([]);
  });
});
