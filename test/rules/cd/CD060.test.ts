import { describe, it, expect } from 'vitest';
import { append, edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

describe.each([
  ['JW323', 'Declaratie'],
  ['JW325', 'DeclaratieAntwoord'],
  ['WMO323', 'Declaratie'],
  ['WMO325', 'DeclaratieAntwoord'],
])('CD060 in %s', (bericht, top) => {
  const p = `${top}/Clienten/Client[1]/Prestaties/Prestatie`;
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
