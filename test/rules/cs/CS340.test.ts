import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const DP = 'Declaratie/DeclaratiePeriode';
const BEGIN = `/Bericht/${DP}/Begindatum`;
const BOTH = `${BEGIN} + /Bericht/${DP}/Einddatum`;

const periode = (bericht: string, begin: string, eind: string): string =>
  edit(golden(bericht), set(`${DP}/Begindatum`, begin), set(`${DP}/Einddatum`, eind));

describe('CS340 DeclaratiePeriode is one whole calendar month', () => {
  it.each([
    ['JW323', '2026-10-01', '2026-10-30', [BOTH]],
    ['WMO323', '2026-10-01', '2026-11-01', [BOTH]],
    ['JW323', '2026-09-01', '2026-10-31', [BOTH]],
    ['WMO323', '2026-10-02', '2026-10-31', [BEGIN, BOTH]],
    // February of a leap year has 29 days.
    ['JW323', '2028-02-01', '2028-02-28', [BOTH]],
    ['WMO323', '2026-02-01', '2026-03-01', [BOTH]],
    // The stylesheet's second check only compares the day after Einddatum with Begindatum + 1 month.
    ['JW323', '2026-10-02', '2026-11-01', [BEGIN]],
  ])('%s: %s .. %s', (bericht, begin, eind, expected) => {
    expect(paths('CS340', periode(bericht, begin, eind)).sort()).toEqual(expected);
  });

  it.each([
    ['JW323', '2028-02-01', '2028-02-29'],
    ['WMO323', '2026-02-01', '2026-02-28'],
    ['JW323', '2026-12-01', '2026-12-31'],
  ])('%s: %s .. %s passes', (bericht, begin, eind) => {
    expect(paths('CS340', periode(bericht, begin, eind))).toEqual([]);
  });
});
