import { describe, it, expect } from 'vitest';
import { edit, golden, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const v = 'Client/AangevraagdeProducten/AangevraagdProduct[2]/Verwijzer';
const verwijzer = (inner: string) => replace(v, `<Verwijzer>${inner}</Verwijzer>`);

describe.each(['JW315', 'WMO315'])('CD068 in %s', (bericht) => {
  it.each([
    ['type 01 with a code', verwijzer('<b:Type>01</b:Type><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), [`/Bericht/${v}/Type + /Bericht/${v}/ZorgverlenerCode`]],
    ['type 08 with name and code', verwijzer('<b:Type>08</b:Type><b:Naam>Dr. Bakker</b:Naam><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), [`/Bericht/${v}/Type + /Bericht/${v}/ZorgverlenerCode`]],
    ['type 02 with a code', verwijzer('<b:Type>02</b:Type><b:ZorgverlenerCode>12345678</b:ZorgverlenerCode>'), []],
    ['type 06 with a name only', verwijzer('<b:Type>06</b:Type><b:Naam>Dr. Bakker</b:Naam>'), []],
  ])('%s', (_name, change, expected) => {
    expect(paths('CD068', edit(golden(bericht), change))).toEqual(expected);
  });
});
