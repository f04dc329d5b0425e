import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const PARTNER = '<b:Partnernaam><b:Achternaam>Jansen</b:Achternaam></b:Partnernaam>';
const CLIENT = 'Client/Naam';
const RELATIE = 'Client/Relaties/Relatie/Naam';

/** A name with a Partnernaam and the given NaamGebruik. */
const withPartner = (bericht: string, naam: string, gebruik: string): string =>
  edit(golden(bericht), insertAfter(`${naam}/Geslachtsnaam`, PARTNER), set(`${naam}/NaamGebruik`, gebruik));

describe('CS050 NaamGebruik fits the Partnernaam', () => {
  it.each([
    ['JW301', CLIENT, '5'],
    ['JW301', RELATIE, '6'],
    ['WMO301', CLIENT, '5'],
    ['WMO301', RELATIE, '6'],
  ])('%s: %s with Partnernaam and NaamGebruik %s', (bericht, naam, gebruik) => {
    expect(paths('CS050', withPartner(bericht, naam, gebruik))).toEqual([`/Bericht/${naam}/Partnernaam + /Bericht/${naam}/NaamGebruik`]);
  });

  it.each([
    ['JW301', CLIENT, '4'],
    ['WMO301', RELATIE, '2'],
  ])('%s: %s with Partnernaam and NaamGebruik %s passes', (bericht, naam, gebruik) => {
    expect(paths('CS050', withPartner(bericht, naam, gebruik))).toEqual([]);
  });

  it.each([
    ['JW301', RELATIE, '2'],
    ['JW301', CLIENT, '4'],
    ['WMO301', RELATIE, '3'],
    ['WMO301', CLIENT, '6'],
  ])('%s: %s without Partnernaam and NaamGebruik %s', (bericht, naam, gebruik) => {
    expect(paths('CS050', edit(golden(bericht), set(`${naam}/NaamGebruik`, gebruik)))).toEqual([`/Bericht/${naam}/NaamGebruik`]);
  });

  it('JW301: without Partnernaam iJw accepts NaamGebruik 6', () => {
    expect(paths('CS050', edit(golden('JW301'), set(`${RELATIE}/NaamGebruik`, '6')))).toEqual([]);
  });
});
