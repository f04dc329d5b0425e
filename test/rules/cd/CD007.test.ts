import { describe, it, expect } from 'vitest';
import { edit, golden, insertAfter } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const communicatie = (inner: string) => insertAfter('Client/Naam', `<Communicatie>${inner}</Communicatie>`);
const vorm = '/Bericht/Client/Communicatie/Vorm';
const taal = '/Bericht/Client/Communicatie/Taal';

describe.each(['JW301', 'JW302', 'WMO301', 'WMO302'])('CD007 in %s', (bericht) => {
  it.each([
    ['Vorm 1 without Taal', communicatie('<b:Vorm>1</b:Vorm>'), [vorm]],
    ['Taal with Vorm 3', communicatie('<b:Vorm>3</b:Vorm><b:Taal>Pools</b:Taal>'), [`${vorm} + ${taal}`]],
    ['Vorm 1 with Taal', communicatie('<b:Vorm>1</b:Vorm><b:Taal>Pools</b:Taal>'), []],
    ['Vorm 2 without Taal', communicatie('<b:Vorm>2</b:Vorm>'), []],
  ])('%s', (_name, change, expected) => {
    expect(paths('CD007', edit(golden(bericht), change))).toEqual(expected);
  });
});
