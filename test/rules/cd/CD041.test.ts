import { describe, it, expect } from 'vitest';
import { edit, golden, remove, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[1]';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';

describe.each(['JW', 'WMO'])('CD041 in %s', (std) => {
  it.each([
    ['301', 'ToegewezenProduct with Code, without Omvang', [remove(`${tp}/Omvang`)], [`/Bericht/${tp}/Product/Code`]],
    ['301', 'budget ToegewezenProduct that keeps its Code', [replace(`${tp}/Omvang`, '<Budget>20750</Budget>')], [`/Bericht/${tp}/Product/Code`]],
    ['301', 'ToegewezenProduct without Code and Omvang', [remove(`${tp}/Omvang`), remove(`${tp}/Product/Code`)], []],
    ['315', 'AangevraagdProduct with Code, without Omvang', [remove(`${ap}/Omvang`)], [`/Bericht/${ap}/Product/Code`]],
    ['315', 'AangevraagdProduct with Code and Omvang', [], []],
    ['317', 'NieuwProduct with Code, without Omvang', [remove(`${np}/Omvang`)], [`/Bericht/${np}/Product/Code`]],
    ['317', 'NieuwProduct without Code and Omvang', [remove(`${np}/Omvang`), remove(`${np}/Product/Code`)], []],
  ])('%s: %s', (nr, _name, edits, expected) => {
    expect(paths('CD041', edit(golden(`${std}${nr}`), ...edits))).toEqual(expected);
  });
});
