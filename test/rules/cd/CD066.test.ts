import { describe, it, expect } from 'vitest';
import { edit, golden, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const v = 'Client/AangevraagdeProducten/AangevraagdProduct[2]/Verwijzer';
const verwijzer = (inner: string) => replace(v, `<Verwijzer>${inner}</Verwijzer>`);

describe.each(['JW315', 'WMO315'])('CD066 in %s', (bericht) => {
  it.each([
    ['type 05 with code and name', verwijzer('<b:Type>05</b:Type><b:Naam>Dr. Bakker</b:Naam><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), [`/Bericht/${v}/Type + /Bericht/${v}/Naam + /Bericht/${v}/ZorgverlenerCode`]],
    ['type 02 with code and name', verwijzer('<b:Type>02</b:Type><b:Naam>Dr. Bakker</b:Naam><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), [`/Bericht/${v}/Type + /Bericht/${v}/Naam + /Bericht/${v}/ZorgverlenerCode`]],
    ['type 05 with code only', verwijzer('<b:Type>05</b:Type><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), []],
    ['type 01 with code and name (other rule)', verwijzer('<b:Type>01</b:Type><b:Naam>Dr. Bakker</b:Naam><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), []],
  ])('%s', (_name, change, expected) => {
    expect(paths('CD066', edit(golden(bericht), change))).toEqual(expected);
  });
});
