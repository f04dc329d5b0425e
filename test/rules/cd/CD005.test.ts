import { describe, it, expect } from 'vitest';
import { edit, golden, remove } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const adres = 'Client/Contactgegevens/Contact/Adres';
const relatieAdres = 'Client/Relaties/Relatie/Contact/Adres';

describe.each(['JW301', 'JW302', 'WMO301', 'WMO302'])('CD005 in %s', (bericht) => {
  it.each([
    ['Postcode without LandCode', [remove(`${adres}/LandCode`)], [`/Bericht/${adres}/Postcode`]],
    ['LandCode without Postcode', [remove(`${relatieAdres}/Postcode`)], [`/Bericht/${relatieAdres}/LandCode`]],
    ['neither Postcode nor LandCode', [remove(`${adres}/Postcode`), remove(`${adres}/LandCode`)], []],
    ['both (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD005', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
