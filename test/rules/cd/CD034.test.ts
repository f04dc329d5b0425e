import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const contact = 'Client/Contactgegevens/Contact';
const relatieContact = 'Client/Relaties/Relatie/Contact';

describe.each(['JW301', 'WMO301'])('CD034 in %s', (bericht) => {
  it.each([
    ['BRP address without Postcode', [remove(`${contact}/Adres/Postcode`)], [`/Bericht/${contact}/Soort`]],
    ['residence address without Adres', [set(`${relatieContact}/Soort`, '03'), remove(`${relatieContact}/Adres`)], [`/Bericht/${relatieContact}/Soort`]],
    ['correspondence address (02) without Postcode', [remove(`${contact}/Adres/Postcode`), set(`${contact}/Soort`, '02')], []],
    ['BRP address without Huis but with Postcode', [remove(`${contact}/Adres/Huis`)], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD034', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
