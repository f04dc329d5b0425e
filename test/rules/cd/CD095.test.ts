import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[2]';
const noCode = remove(`${ap}/Product/Code`);

describe.each(['JW315', 'WMO315'])('CD095 in %s', (bericht) => {
  it.each([
    ['Omvang without Code, ending after 2020', [noCode], [`/Bericht/${ap}/ToewijzingEinddatum + /Bericht/${ap}/Omvang`]],
    ['Omvang without Code, no ToewijzingEinddatum', [noCode, remove(`${ap}/ToewijzingEinddatum`)], [`/Bericht/${ap}/Omvang`]],
    ['Omvang without Product', [remove(`${ap}/Product`)], [`/Bericht/${ap}/ToewijzingEinddatum + /Bericht/${ap}/Omvang`]],
    ['Omvang without Code, ending 2020-12-31', [noCode, set(`${ap}/ToewijzingEinddatum`, '2020-12-31')], []],
    ['Omvang with Code (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD095', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
