import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, insertAfter, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const ref = (c: number, p = 1): string => `Declaratie/Clienten/Client[${c}]/Prestaties/Prestatie[${p}]/ProductReferentie`;
const ref1 = (c: number): string => `Declaratie/Clienten/Client[${c}]/Prestaties/Prestatie/ProductReferentie`;
const vorig = (path: string, v: string): Edit => insertAfter(`${path}/ReferentieNummer`, `<b:VorigReferentieNummer>${v}</b:VorigReferentieNummer>`);

describe.each(['JW323', 'WMO323'])('TR315 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    [
      'same VorigReferentieNummer in two clients',
      [vorig(ref1(1), 'OLD-7'), vorig(ref1(2), 'OLD-7')],
      [`/Bericht/${ref1(1)}/VorigReferentieNummer + /Bericht/${ref1(2)}/VorigReferentieNummer`],
    ],
    [
      'same VorigReferentieNummer twice for one client',
      [vorig(ref1(1), 'OLD-7'), duplicate('Declaratie/Clienten/Client[1]/Prestaties/Prestatie'), set(`${ref(1, 2)}/ReferentieNummer`, 'PR-0003')],
      [`/Bericht/${ref(1, 1)}/VorigReferentieNummer + /Bericht/${ref(1, 2)}/VorigReferentieNummer`],
    ],
    ['different VorigReferentieNummers', [vorig(ref1(1), 'OLD-7'), vorig(ref1(2), 'OLD-8')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR315', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
