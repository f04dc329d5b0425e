import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const contact = 'Client/Contactgegevens/Contact';

describe.each(['JW301', 'WMO301'])('TR061 in %s', (bericht) => {
  it.each([
    ['only a tijdelijk adres (04)', [set(`${contact}/Soort`, '04')], [`/Bericht/${contact}`]],
    [
      'two contacts, none 01-03: both named',
      [set(`${contact}/Soort`, '04'), duplicate(contact)],
      [`/Bericht/${contact}[1] + /Bericht/${contact}[2]`],
    ],
    ['correspondentieadres (02)', [set(`${contact}/Soort`, '02')], []],
    ['verblijfadres (03)', [set(`${contact}/Soort`, '03')], []],
    ['a 04 beside a 01', [duplicate(contact), set(`${contact}[2]/Soort`, '04')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR061', edit(golden(bericht), ...edits))).toEqual(expected);
  });

  it('ignores the Contact of a relation', () => {
    expect(paths('TR061', edit(golden(bericht), set('Client/Relaties/Relatie/Contact/Soort', '04')))).toEqual([]);
  });
});
