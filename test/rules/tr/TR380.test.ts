import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const dag = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum';

// Golden Dagtekening 2026-11-02.
describe.each(['JW317', 'WMO317'])('TR380 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['on the Dagtekening', [set(np, '2026-11-02')], [`${dag} + /Bericht/${np}`]],
    ['before the Dagtekening', [set(np, '2026-10-15')], [`${dag} + /Bericht/${np}`]],
    ['one day after the Dagtekening', [set(np, '2026-11-03')], []],
    ['a TeWijzigenProduct may start earlier', [set('Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/GewensteIngangsdatum', '2026-11-01')], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR380', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
