import { describe, expect, it } from 'vitest';
import { edit, golden, remove, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const v = 'Client/Verzoek';

describe.each(['JW317', 'WMO317'])('TR352 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['only NieuweProducten', [remove(`${v}/OngewijzigdeProducten`), remove(`${v}/TeWijzigenProducten`)], [`/Bericht/${v}`]],
    ['an OngewijzigdProduct left', [remove(`${v}/TeWijzigenProducten`)], []],
    ['a TeWijzigenProduct left', [remove(`${v}/OngewijzigdeProducten`)], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR352', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
