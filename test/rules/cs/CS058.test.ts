import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const START = 'Client/StartProducten/StartProduct';
const STOP = 'Client/StopProducten/StopProduct';

describe('CS058 StatusAanlevering 1 or 3', () => {
  it.each([
    ['JW305', `${START}[2]/StatusAanlevering`, '2', `/Bericht/${START}[2]/StatusAanlevering`],
    ['WMO305', `${START}[1]/StatusAanlevering`, '9', `/Bericht/${START}[1]/StatusAanlevering`],
    ['JW307', `${STOP}/StatusAanlevering`, '9', `/Bericht/${STOP}/StatusAanlevering`],
    ['WMO307', `${STOP}/StatusAanlevering`, '2', `/Bericht/${STOP}/StatusAanlevering`],
  ])('%s: %s = %s', (bericht, path, value, expected) => {
    expect(paths('CS058', edit(golden(bericht), set(path, value)))).toEqual([expected]);
  });

  it.each([
    ['JW305', `${START}[1]/StatusAanlevering`],
    ['WMO307', `${STOP}/StatusAanlevering`],
  ])('%s: %s = 3 passes', (bericht, path) => {
    expect(paths('CS058', edit(golden(bericht), set(path, '3')))).toEqual([]);
  });
});
