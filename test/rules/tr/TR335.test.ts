import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const dd = 'Declaratie/DeclaratieDagtekening';
const pp = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductPeriode';
const periode = (begin: string, end: string): Edit[] => [set(`${pp}/Begindatum`, begin), set(`${pp}/Einddatum`, end)];
const loc = [`/Bericht/${dd} + /Bericht/${pp}/Einddatum`];

// Golden DeclaratieDagtekening 2026-11-02: the limit is 2021-11-02.
describe.each(['JW323', 'WMO323'])('TR335 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['ends 60 months and one day before', periode('2021-11-01', '2021-11-01'), loc],
    ['ends exactly 60 months before', periode('2021-11-01', '2021-11-02'), []],
    ['end of February: limit clipped to 28 February', [set(dd, '2024-02-29'), ...periode('2019-02-01', '2019-02-27')], loc],
    ['end of February: on the clipped limit', [set(dd, '2024-02-29'), ...periode('2019-02-01', '2019-02-28')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR335', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
