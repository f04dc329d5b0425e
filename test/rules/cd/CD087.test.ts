import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const p = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie';
const euro = set(`${p}/Eenheid`, '83');
const noTarief = remove(`${p}/ProductTarief`);

describe.each(['JW323', 'WMO323'])('CD087 in %s', (bericht) => {
  it.each([
    ['Eenheid 14 without ProductTarief', [noTarief], [`/Bericht/${p}/Eenheid`]],
    ['Eenheid 83 with ProductTarief', [euro], [`/Bericht/${p}/Eenheid + /Bericht/${p}/ProductTarief`]],
    ['Eenheid 83 without ProductTarief', [euro, noTarief], []],
    ['Eenheid 14 with ProductTarief (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD087', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

describe('CD087 is not checked in the declaration answer', () => {
  it('JW325: Eenheid 83 with ProductTarief', () => {
    const q = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';
    expect(paths('CD087', edit(golden('JW325'), set(`${q}/Eenheid`, '83')))).toEqual([]);
  });
});
