import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

describe('CS002 BSN 11-proef', () => {
  it.each([
    ['JW301', 'Client/Bsn', '/Bericht/Client/Bsn'],
    ['WMO301', 'Client/Bsn', '/Bericht/Client/Bsn'],
    ['JW305', 'Client/Bsn', '/Bericht/Client/Bsn'],
    ['WMO307', 'Client/Bsn', '/Bericht/Client/Bsn'],
    ['JW317', 'Client/Bsn', '/Bericht/Client/Bsn'],
    ['JW323', 'Declaratie/Clienten/Client[2]/Bsn', '/Bericht/Declaratie/Clienten/Client[2]/Bsn'],
    ['WMO325', 'DeclaratieAntwoord/Clienten/Client/Bsn', '/Bericht/DeclaratieAntwoord/Clienten/Client/Bsn'],
  ])('%s: a Bsn one digit off fails at %s', (bericht, path, expected) => {
    expect(paths('CS002', edit(golden(bericht), set(path, '123456783')))).toEqual([expected]);
  });

  it.each([
    ['JW301', 'Client/Bsn', '111222333'],
    ['WMO315', 'Client/Bsn', '111222333'],
    ['JW323', 'Declaratie/Clienten/Client[1]/Bsn', '999999990'],
  ])('%s: another valid Bsn at %s passes', (bericht, path, bsn) => {
    expect(paths('CS002', edit(golden(bericht), set(path, bsn)))).toEqual([]);
  });
});
