import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const adres = 'Client/Contactgegevens/Contact/Adres';
const relatieAdres = 'Client/Relaties/Relatie/Contact/Adres';

describe.each(['JW301', 'JW302', 'WMO301', 'WMO302'])('CD025 in %s', (bericht) => {
  it.each([
    ['Dutch address without Huis', [remove(`${adres}/Huis`)], [`/Bericht/${adres}/LandCode`]],
    ['Dutch address of a relation without Huis', [remove(`${relatieAdres}/Huis`)], [`/Bericht/${relatieAdres}/LandCode`]],
    ['foreign address without Huis', [remove(`${adres}/Huis`), set(`${adres}/LandCode`, 'BE')], []],
    ['Dutch address with Huis (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD025', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
