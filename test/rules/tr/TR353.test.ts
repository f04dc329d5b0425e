import { describe, expect, it } from 'vitest';
import { edit, golden, remove, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const v = 'Client/Verzoek';

describe.each(['JW317', 'WMO317'])('TR353 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['only OngewijzigdeProducten', [remove(`${v}/TeWijzigenProducten`), remove(`${v}/NieuweProducten`)], [`/Bericht/${v}`]],
    ['a NieuwProduct left', [remove(`${v}/TeWijzigenProducten`)], []],
    ['a TeWijzigenProduct left', [remove(`${v}/NieuweProducten`)], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR353', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
