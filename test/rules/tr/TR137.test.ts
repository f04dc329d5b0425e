import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const dag = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const setDag = (d: string): Edit => set('Header/BerichtIdentificatie/Dagtekening', d);
const pp = (root: string, c: number): string => `${root}/Clienten/Client[${c}]/Prestaties/Prestatie/ProductPeriode`;

// Goldens: Dagtekening 2026-11-02; DeclaratiePeriode and Client[1] ProductPeriode end 2026-10-31,
// Client[2] ProductPeriode 2026-10-05 .. 2026-10-16.
describe.each(['JW323', 'WMO323'])('TR137 in %s', (bericht) => {
  const d = 'Declaratie';
  it.each([
    [
      'Dagtekening one day before the end of the periods',
      [setDag('2026-10-30')],
      [`${dag} + /Bericht/${d}/DeclaratiePeriode/Einddatum`, `${dag} + /Bericht/${pp(d, 1)}/Einddatum`],
    ],
    ['Dagtekening on the last Einddatum', [setDag('2026-10-31')], []],
    ['ProductPeriode ending one day before it begins', [set(`${pp(d, 2)}/Einddatum`, '2026-10-04')], [`/Bericht/${pp(d, 2)}/Begindatum + /Bericht/${pp(d, 2)}/Einddatum`]],
    ['ProductPeriode of one day', [set(`${pp(d, 2)}/Einddatum`, '2026-10-05')], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR137', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

// Golden 325: one Client with one Prestatie, ProductPeriode 2026-10-05 .. 2026-10-16.
describe.each(['JW325', 'WMO325'])('TR137 in %s', (bericht) => {
  const p = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode';
  it.each([
    ['Dagtekening one day before the end of the ProductPeriode', [setDag('2026-10-15')], [`${dag} + /Bericht/${p}/Einddatum`]],
    ['Dagtekening on the Einddatum', [setDag('2026-10-16')], []],
    ['ProductPeriode ending before it begins', [set(`${p}/Einddatum`, '2026-10-04')], [`/Bericht/${p}/Begindatum + /Bericht/${p}/Einddatum`]],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR137', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
