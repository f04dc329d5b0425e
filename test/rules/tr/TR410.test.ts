import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, remove, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const loc = `/Bericht/${np}[1] + /Bericht/${np}[2]`;

// Golden: one NieuwProduct, 2026-12-01 .. 2027-05-31; a copy of it is the same product.
describe.each(['JW317', 'WMO317'])('TR410 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['same product twice, overlapping', [duplicate(np)], [loc]],
    ['overlapping by one day', [duplicate(np), set(`${np}[2]/GewensteIngangsdatum`, '2027-05-31')], [loc]],
    ['consecutive', [duplicate(np), set(`${np}[2]/GewensteIngangsdatum`, '2027-06-01'), remove(`${np}[2]/Einddatum`)], []],
    ['same category, one without Code', [duplicate(np), remove(`${np}[2]/Product/Code`), set(`${np}[2]/GewensteIngangsdatum`, '2027-01-01')], [loc]],
    ['other category', [duplicate(np), set(`${np}[2]/Product/Categorie`, bericht.startsWith('WMO') ? '05' : '44')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR410', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});

describe('TR410 and hulpmiddelen', () => {
  it('lets iWmo hulpmiddelen (categories 11-14) overlap', () => {
    const xml = edit(golden('WMO317'), set(`${np}/Product/Categorie`, '14'), set(`${np}/Product/Code`, '14A01'), duplicate(np));
    expect(paths('TR410', xml)).toEqual([]);
  });
});
