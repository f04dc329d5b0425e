import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const noCode = remove(`${tp}/Product/Code`);

describe.each(['JW301', 'WMO301'])('CD080 in %s', (bericht) => {
  it.each([
    ['Omvang without Code, ending after 2020', [noCode], [`/Bericht/${tp}/Einddatum + /Bericht/${tp}/Omvang`]],
    ['Omvang without Code, ending 2021-01-01', [noCode, set(`${tp}/Einddatum`, '2021-01-01')], [`/Bericht/${tp}/Einddatum + /Bericht/${tp}/Omvang`]],
    ['Omvang without Code, no Einddatum', [noCode, remove(`${tp}/Einddatum`)], [`/Bericht/${tp}/Omvang`]],
    ['Omvang without Product, ending after 2020', [remove(`${tp}/Product`)], [`/Bericht/${tp}/Einddatum + /Bericht/${tp}/Omvang`]],
    ['Omvang without Code, ending 2020-12-31', [noCode, set(`${tp}/Einddatum`, '2020-12-31')], []],
    ['Omvang with Code (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD080', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
