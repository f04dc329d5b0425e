import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const OWN = 'Client/Contactgegevens/Contact/Adres';
const RELATIE = 'Client/Relaties/Relatie/Contact/Adres';

describe('CS089 Dutch postcode with LandCode NL', () => {
  it.each([
    ['JW301', OWN, '1234 AB'],
    ['JW301', OWN, '0123AB'],
    ['JW301', RELATIE, '12345'],
    ['WMO301', OWN, 'AB1234'],
    ['WMO301', RELATIE, '1234-AB'],
  ])('%s: %s/Postcode %j', (bericht, adres, postcode) => {
    expect(paths('CS089', edit(golden(bericht), set(`${adres}/Postcode`, postcode)))).toEqual([`/Bericht/${adres}/Postcode + /Bericht/${adres}/LandCode`]);
  });

  it.each([
    ['JW301', OWN, '1000AA', 'NL'],
    ['WMO301', OWN, '9999zz', 'NL'],
    ['JW301', RELATIE, '1234 AB', 'BE'],
  ])('%s: %s/Postcode %j with LandCode %s passes', (bericht, adres, postcode, land) => {
    expect(paths('CS089', edit(golden(bericht), set(`${adres}/Postcode`, postcode), set(`${adres}/LandCode`, land)))).toEqual([]);
  });
});
