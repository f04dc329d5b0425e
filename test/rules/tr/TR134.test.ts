import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const dag = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const setDag = (d: string): Edit => set('Header/BerichtIdentificatie/Dagtekening', d);
const geb = 'Client/Geboortedatum/Datum';
const pp = (c: number): string => `Clienten/Client[${c}]/Prestaties/Prestatie/ProductPeriode/Begindatum`;

// Dagtekening of the goldens: 2026-11-02.
const rows: Array<[string, string, Edit[], string[]]> = [
  ['301', 'Toewijzingsdatum one day after', [set('Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingsdatum', '2026-11-03')], [`${dag} + /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingsdatum`]],
  ['301', 'Toewijzingsdatum on the Dagtekening', [set('Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingsdatum', '2026-11-02')], []],
  ['301', 'client born after', [set(geb, '2026-11-03')], [`${dag} + /Bericht/${geb}`]],
  [
    '301',
    'relation born after',
    [insertAfter('Client/Relaties/Relatie/Soort', '<Geboortedatum><b:Datum>2026-12-01</b:Datum></Geboortedatum>')],
    [`${dag} + /Bericht/Client/Relaties/Relatie/Geboortedatum/Datum`],
  ],
  ['305', 'StartProduct Begindatum one day after', [set('Client/StartProducten/StartProduct[2]/Begindatum', '2026-11-03')], [`${dag} + /Bericht/Client/StartProducten/StartProduct[2]/Begindatum`]],
  ['305', 'StartProduct Begindatum on the Dagtekening', [], []],
  ['307', 'StopProduct Einddatum one day after', [set('Client/StopProducten/StopProduct/Einddatum', '2026-11-03')], [`${dag} + /Bericht/Client/StopProducten/StopProduct/Einddatum`]],
  ['307', 'client born on the Dagtekening', [set(geb, '2026-11-02')], []],
  ['315', 'client born after', [set(geb, '2026-11-03')], [`${dag} + /Bericht/${geb}`]],
  ['315', 'ToewijzingIngangsdatum after the Dagtekening is fine', [], []],
  ['323', 'ProductPeriode Begindatum one day after', [setDag('2026-10-04')], [`${dag} + /Bericht/Declaratie/${pp(2)}`]],
  ['323', 'ProductPeriode Begindatum on the Dagtekening', [setDag('2026-10-05')], []],
  [
    '323',
    'DeclaratiePeriode Begindatum after',
    [setDag('2026-09-30')],
    [`${dag} + /Bericht/Declaratie/DeclaratiePeriode/Begindatum`, `${dag} + /Bericht/Declaratie/${pp(1)}`, `${dag} + /Bericht/Declaratie/${pp(2)}`],
  ],
  ['325', 'ProductPeriode Begindatum one day after', [setDag('2026-10-04')], [`${dag} + /Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum`]],
  ['325', 'ProductPeriode Begindatum on the Dagtekening', [setDag('2026-10-05')], []],
];

describe.each(['JW', 'WMO'])('TR134 in %s', (std) => {
  it.each(rows)('%s: %s', (nummer, _name, edits, expected) => {
    expect(paths('TR134', edit(golden(`${std}${nummer}`), ...edits))).toEqual(expected);
  });
});
