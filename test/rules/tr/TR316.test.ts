import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const ref = (c: number): string => `Declaratie/Clienten/Client[${c}]/Prestaties/Prestatie/ProductReferentie`;
const vorig = (c: number, v: string): Edit => insertAfter(`${ref(c)}/ReferentieNummer`, `<b:VorigReferentieNummer>${v}</b:VorigReferentieNummer>`);

// Golden ReferentieNummers: PR-0001 (Client[1]), PR-0002 (Client[2]).
describe.each(['JW323', 'WMO323'])('TR316 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['credits itself', [vorig(1, 'PR-0001')], [`/Bericht/${ref(1)}/ReferentieNummer + /Bericht/${ref(1)}/VorigReferentieNummer`]],
    ['credits an earlier prestatie', [vorig(2, 'PR-0001')], [`/Bericht/${ref(1)}/ReferentieNummer + /Bericht/${ref(2)}/VorigReferentieNummer`]],
    ['credits a later prestatie', [vorig(1, 'PR-0002')], [`/Bericht/${ref(1)}/VorigReferentieNummer + /Bericht/${ref(2)}/ReferentieNummer`]],
    ['credits a prestatie of an earlier message', [vorig(1, 'PR-0999')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR316', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
