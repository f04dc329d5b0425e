import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp1 = 'Client/ToegewezenProducten/ToegewezenProduct[1]';
const tp2 = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[1]';
const wp = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';

describe.each(['JW', 'WMO'])('CD076 in %s', (std) => {
  it.each([
    ['301', 'Frequentie 2 without Einddatum', [remove(`${tp1}/Einddatum`)], [`/Bericht/${tp1}/Omvang/Frequentie`]],
    ['301', 'Frequentie 4 without Einddatum', [remove(`${tp2}/Einddatum`)], []],
    ['301', 'Frequentie 2 with Einddatum (golden)', [], []],
    ['315', 'Frequentie 2 without ToewijzingEinddatum', [remove(`${ap}/ToewijzingEinddatum`)], [`/Bericht/${ap}/Omvang/Frequentie`]],
    ['315', 'Frequentie 1 without ToewijzingEinddatum', [remove(`${ap}/ToewijzingEinddatum`), set(`${ap}/Omvang/Frequentie`, '1')], []],
    ['317', 'TeWijzigenProduct Frequentie 2 without Einddatum', [remove(`${wp}/Einddatum`)], [`/Bericht/${wp}/Omvang/Frequentie`]],
    ['317', 'NieuwProduct Frequentie 2 without Einddatum', [remove(`${np}/Einddatum`)], [`/Bericht/${np}/Omvang/Frequentie`]],
  ])('%s: %s', (nr, _name, edits, expected) => {
    expect(paths('CD076', edit(golden(`${std}${nr}`), ...edits))).toEqual(expected);
  });
});
