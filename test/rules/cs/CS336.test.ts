import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const TP = 'Client/ToegewezenProducten/ToegewezenProduct';

const withReden = (bericht: string, n: number, reden: string): string =>
  edit(golden(bericht), insertAfter(`${TP}[${n}]/Einddatum`, `<RedenWijziging>${reden}</RedenWijziging>`));

describe('CS336 RedenWijziging 01 is withdrawn', () => {
  it.each([
    ['JW301', 2],
    ['WMO301', 1],
  ])('%s: ToegewezenProduct[%i] with RedenWijziging 01', (bericht, n) => {
    expect(paths('CS336', withReden(bericht, n, '01'))).toEqual([`/Bericht/${TP}[${n}]/RedenWijziging`]);
  });

  it.each(['JW301', 'WMO301'])('%s: RedenWijziging 02 passes', (bericht) => {
    expect(paths('CS336', withReden(bericht, 1, '02'))).toEqual([]);
  });
});
