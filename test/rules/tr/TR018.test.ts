import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const stop = 'Client/StopProducten/StopProduct';

// Golden StopProduct: Begindatum 2026-11-01, Einddatum 2026-11-01.
describe.each(['JW307', 'WMO307'])('TR018 in %s', (bericht) => {
  it.each([
    ['Einddatum one day before Begindatum', [set(`${stop}/Einddatum`, '2026-10-31')], [`/Bericht/${stop}/Begindatum + /Bericht/${stop}/Einddatum`]],
    ['Einddatum equal to Begindatum (golden)', [], []],
    ['Einddatum after Begindatum', [set(`${stop}/Begindatum`, '2026-10-31')], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR018', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
