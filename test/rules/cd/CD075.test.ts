import { describe, it, expect } from 'vitest';
import { edit, golden, remove, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[2]';
const wp = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const budget = (line: string) => replace(`${line}/Omvang`, '<Budget>20750</Budget>');

describe.each(['JW', 'WMO'])('CD075 in %s', (std) => {
  it.each([
    ['301', 'budget ToegewezenProduct without Einddatum', [budget(tp), remove(`${tp}/Einddatum`)], [`/Bericht/${tp}/Budget`]],
    ['301', 'budget ToegewezenProduct with Einddatum', [budget(tp)], []],
    ['315', 'budget AangevraagdProduct without ToewijzingEinddatum', [budget(ap), remove(`${ap}/ToewijzingEinddatum`)], [`/Bericht/${ap}/Budget`]],
    ['315', 'budget AangevraagdProduct with ToewijzingEinddatum', [budget(ap)], []],
    ['317', 'budget TeWijzigenProduct without Einddatum', [budget(wp), remove(`${wp}/Einddatum`)], [`/Bericht/${wp}/Budget`]],
    ['317', 'budget NieuwProduct without Einddatum', [budget(np), remove(`${np}/Einddatum`)], [`/Bericht/${np}/Budget`]],
    ['317', 'NieuwProduct with Omvang, without Einddatum', [remove(`${np}/Einddatum`)], []],
  ])('%s: %s', (nr, _name, edits, expected) => {
    expect(paths('CD075', edit(golden(`${std}${nr}`), ...edits))).toEqual(expected);
  });
});
