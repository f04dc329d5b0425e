import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const eind = '/Bericht/Declaratie/DeclaratiePeriode/Einddatum';
const pp = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductPeriode';

// Golden: DeclaratiePeriode ends 2026-10-31; Client[2] ProductPeriode 2026-10-05 .. 2026-10-16.
describe.each(['JW323', 'WMO323'])('TR319 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    [
      'ProductPeriode after the DeclaratiePeriode',
      [set(`${pp}/Begindatum`, '2026-11-01'), set(`${pp}/Einddatum`, '2026-11-05')],
      [`${eind} + /Bericht/${pp}/Begindatum`, `${eind} + /Bericht/${pp}/Einddatum`],
    ],
    ['ProductPeriode ending one day after', [set(`${pp}/Einddatum`, '2026-11-01')], [`${eind} + /Bericht/${pp}/Einddatum`]],
    ['ProductPeriode ending on the last day', [set(`${pp}/Einddatum`, '2026-10-31')], []],
    ['ProductPeriode in an earlier month', [set(`${pp}/Begindatum`, '2026-09-01'), set(`${pp}/Einddatum`, '2026-09-30')], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR319', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
