import { describe, expect, it } from 'vitest';
import { edit, golden, remove } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const rel = 'Client/Relaties/Relatie/Contact';
const cli = 'Client/Contactgegevens/Contact';

describe.each(['JW301', 'WMO301'])('TR006 in %s', (bericht) => {
  it.each([
    ['relation contact without Telefoon and Huis', [remove(`${rel}/Telefoon`), remove(`${rel}/Adres/Huis`)], [`/Bericht/${rel}`]],
    ['relation contact without Telefoon and Postcode', [remove(`${rel}/Telefoon`), remove(`${rel}/Adres/Postcode`)], [`/Bericht/${rel}`]],
    ['client contact without Huis (no Telefoon)', [remove(`${cli}/Adres/Huis`)], [`/Bericht/${cli}`]],
    ['Telefoon only', [remove(`${rel}/Adres/Huis`), remove(`${rel}/Adres/Postcode`)], []],
    ['Huis and Postcode only', [remove(`${rel}/Telefoon`)], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR006', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
