import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const PP = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductPeriode/Begindatum';
const DP = 'Declaratie/DeclaratiePeriode/Begindatum';

describe('CS100 declared periods start in 2021 or later', () => {
  it.each([
    ['JW323', PP],
    ['JW323', DP],
    ['WMO323', PP],
    ['WMO323', DP],
  ])('%s: %s on 2020-12-31', (bericht, path) => {
    expect(paths('CS100', edit(golden(bericht), set(path, '2020-12-31')))).toEqual([`/Bericht/${path}`]);
  });

  it.each([
    ['JW323', PP],
    ['WMO323', DP],
  ])('%s: %s on 2021-01-01 passes', (bericht, path) => {
    expect(paths('CS100', edit(golden(bericht), set(path, '2021-01-01')))).toEqual([]);
  });

  it('JW325: the rule is not checked in the declaratie-antwoord', () => {
    const path = 'DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie/ProductPeriode/Begindatum';
    expect(paths('CS100', edit(golden('JW325'), set(path, '2020-12-31')))).toEqual([]);
  });
});
