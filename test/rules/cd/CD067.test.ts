import { describe, it, expect } from 'vitest';
import { edit, golden, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const v = 'Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer';
const verwijzer = (inner: string) => replace(v, `<Verwijzer>${inner}</Verwijzer>`);

describe.each(['JW315', 'WMO315'])('CD067 in %s', (bericht) => {
  it.each([
    ['type 03 without code and name', verwijzer('<b:Type>03</b:Type>'), [`/Bericht/${v}/Type`]],
    ['type 04 without code and name', verwijzer('<b:Type>04</b:Type>'), [`/Bericht/${v}/Type`]],
    ['type 03 with a name', verwijzer('<b:Type>03</b:Type><b:Naam>Wijkteam Oost</b:Naam>'), []],
    ['type 03 with a code', verwijzer('<b:Type>03</b:Type><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), []],
    ['type 01 without code and name (golden)', verwijzer('<b:Type>01</b:Type>'), []],
  ])('%s', (_name, change, expected) => {
    expect(paths('CD067', edit(golden(bericht), change))).toEqual(expected);
  });
});
