import { describe, it, expect } from 'vitest';
import { edit, golden, remove, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[1]';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[1]';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const budgetOnly = (line: string) => replace(`${line}/Omvang`, '<Budget>20750</Budget>');

describe.each(['JW', 'WMO'])('CD079 in %s', (std) => {
  it.each([
    ['301', 'ToegewezenProduct without Product and Budget', [remove(`${tp}/Product`)], [`/Bericht/${tp}`]],
    ['301', 'budget ToegewezenProduct without Product', [remove(`${tp}/Product`), budgetOnly(tp)], []],
    ['315', 'AangevraagdProduct without Product and Budget', [remove(`${ap}/Product`), remove(`${ap}/Omvang`)], [`/Bericht/${ap}`]],
    ['315', 'AangevraagdProduct with Product (golden)', [], []],
    ['317', 'NieuwProduct without Product and Budget', [remove(`${np}/Product`)], [`/Bericht/${np}`]],
    ['317', 'budget NieuwProduct without Product', [remove(`${np}/Product`), budgetOnly(np)], []],
  ])('%s: %s', (nr, _name, edits, expected) => {
    expect(paths('CD079', edit(golden(`${std}${nr}`), ...edits))).toEqual(expected);
  });
});
