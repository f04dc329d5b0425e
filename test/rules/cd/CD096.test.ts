import { describe, it, expect } from 'vitest';
import { edit, golden, remove, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const noCode = remove(`${np}/Product/Code`);

describe.each(['JW317', 'WMO317'])('CD096 in %s', (bericht) => {
  it.each([
    ['Omvang without Code, ending after 2020', [noCode], [`/Bericht/${np}/Einddatum + /Bericht/${np}/Omvang`]],
    ['Omvang without Code, no Einddatum', [noCode, remove(`${np}/Einddatum`)], [`/Bericht/${np}/Omvang`]],
    ['Omvang without Code, ending 2020-12-31', [noCode, set(`${np}/Einddatum`, '2020-12-31')], []],
    ['Omvang with Code (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD096', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
