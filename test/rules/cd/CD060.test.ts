import { describe, it, expect } from 'vitest';
import { append, edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

// The 323 goldens have two clients; the 325 goldens list one (only the rejected prestatie).
describe.each([
  ['JW323', 'Declaratie/Clienten/Client[1]'],
  ['JW325', 'DeclaratieAntwoord/Clienten/Client'],
  ['WMO323', 'Declaratie/Clienten/Client[1]'],
  ['WMO325', 'DeclaratieAntwoord/Clienten/Client'],
])('CD060 in %s', (bericht, client) => {
  const p = `${client}/Prestaties/Prestatie`;
  const credit = set(`${p}/IngediendBedrag/DebetCredit`, 'C');
  const vorig = append(`${p}/ProductReferentie`, '<b:VorigReferentieNummer>PR-0000</b:VorigReferentieNummer>');
  it.each([
    ['credit without VorigReferentieNummer', [credit], [`/Bericht/${p}/IngediendBedrag/DebetCredit`]],
    ['debet with VorigReferentieNummer', [vorig], [`/Bericht/${p}/ProductReferentie/VorigReferentieNummer + /Bericht/${p}/IngediendBedrag/DebetCredit`]],
    ['credit with VorigReferentieNummer', [credit, vorig], []],
    ['debet without VorigReferentieNummer (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD060', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
