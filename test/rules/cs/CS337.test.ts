import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const PP = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductPeriode';
const BOTH = `/Bericht/${PP}/Begindatum + /Bericht/${PP}/Einddatum`;

const period = (bericht: string, begin: string, eind: string): string =>
  edit(golden(bericht), set(`${PP}/Begindatum`, begin), set(`${PP}/Einddatum`, eind));

describe('CS337 a ProductPeriode lies within one calendar month', () => {
  it.each([
    ['JW323', '2026-10-05', '2026-11-01', [BOTH]],
    ['WMO323', '2026-09-30', '2026-10-16', [BOTH]],
    // Year and month are compared separately: crossing New Year in other months gives two findings.
    ['JW323', '2025-12-15', '2026-01-15', [BOTH, BOTH]],
    ['WMO323', '2025-10-05', '2026-10-16', [BOTH]],
  ])('%s: ProductPeriode %s .. %s', (bericht, begin, eind, expected) => {
    expect(paths('CS337', period(bericht, begin, eind))).toEqual(expected);
  });

  it.each(['JW323', 'WMO323'])('%s: a ProductPeriode up to the last day of the month passes', (bericht) => {
    expect(paths('CS337', period(bericht, '2026-10-05', '2026-10-31'))).toEqual([]);
  });
});
