import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const P1 = 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie/IngediendBedrag';
const TI = 'Declaratie/TotaalIngediendBedrag';
const A1 = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/IngediendBedrag';
const TT = 'DeclaratieAntwoord/TotaalToegekendBedrag';

describe('CS325 an amount of zero is debet', () => {
  it.each([
    ['JW323', P1, 'Bedrag', '0'],
    ['WMO323', P1, 'Bedrag', '000'],
    ['JW323', TI, 'TotaalBedrag', '0'],
    ['WMO323', TI, 'TotaalBedrag', '0'],
    ['JW325', A1, 'Bedrag', '0'],
    ['WMO325', TT, 'TotaalBedrag', '0'],
  ])('%s: %s/%s %s with DebetCredit C', (bericht, amount, field, value) => {
    const xml = edit(golden(bericht), set(`${amount}/${field}`, value), set(`${amount}/DebetCredit`, 'C'));
    expect(paths('CS325', xml)).toEqual([`/Bericht/${amount}/${field} + /Bericht/${amount}/DebetCredit`]);
  });

  it.each([
    ['JW323', P1, 'Bedrag', '0', 'D'],
    ['JW323', P1, 'Bedrag', '1', 'C'],
    ['WMO325', TT, 'TotaalBedrag', '1', 'C'],
  ])('%s: %s/%s %s with DebetCredit %s passes', (bericht, amount, field, value, dc) => {
    const xml = edit(golden(bericht), set(`${amount}/${field}`, value), set(`${amount}/DebetCredit`, dc));
    expect(paths('CS325', xml)).toEqual([]);
  });
});
