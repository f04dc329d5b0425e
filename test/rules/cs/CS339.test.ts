import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const P = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie';

const euro = (bericht: string, volume: string, bedrag: string): string =>
  edit(golden(bericht), set(`${P}/Eenheid`, '83'), set(`${P}/GeleverdVolume`, volume), set(`${P}/IngediendBedrag/Bedrag`, bedrag));

describe('CS339 GeleverdVolume equals the amount for Eenheid 83', () => {
  it.each([
    ['JW323', '5', '57700'],
    ['WMO323', '57701', '57700'],
  ])('%s: GeleverdVolume %s with Bedrag %s', (bericht, volume, bedrag) => {
    expect(paths('CS339', euro(bericht, volume, bedrag))).toEqual([`/Bericht/${P}/GeleverdVolume + /Bericht/${P}/IngediendBedrag/Bedrag`]);
  });

  it.each([
    ['JW323', '57700', '57700'],
    ['WMO323', '0057700', '57700'],
  ])('%s: GeleverdVolume %s with Bedrag %s passes', (bericht, volume, bedrag) => {
    expect(paths('CS339', euro(bericht, volume, bedrag))).toEqual([]);
  });

  it('JW323: other units are not checked', () => {
    expect(paths('CS339', edit(golden('JW323'), set(`${P}/GeleverdVolume`, '6')))).toEqual([]);
  });
});
